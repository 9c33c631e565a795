#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for a program with its own `main` (compiler-rt
/// FuzzerInterface.h): runs the fuzzer with the command line on `callback`.
/// SwiftPM names an executable's entry point after its module on Linux, so the
/// fuzz targets call this from `@main` instead of taking libFuzzer's `main`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
