// The declaration in include/CFuzzDriver.h is defined by libFuzzer (-sanitize=fuzzer);
// SwiftPM needs one source file in a C target.
#include "CFuzzDriver.h"
