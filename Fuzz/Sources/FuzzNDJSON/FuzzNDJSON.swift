import FuzzSupport
import PainDesk

let scratch = ScratchFile(suffix: ".ndjson")

/// The line reader and the NDJSON reader on arbitrary bytes. The first byte picks how many
/// bytes each read returns (1 to 64), so lines cross the reader's buffer at every offset,
/// and a small line limit reaches the "line too long" path.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzNDJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let (choice, bytes) = FuzzInput(data, size).selecting(among: 64) else { return 0 }
  readLines(bytes, chunk: choice + 1)
  readRecords(bytes)
  return 0
}

/// Every line the reader hands over, each followed by a newline, must add up to the input
/// with a newline ended and CRLF taken as LF, unless a line was too long.
func readLines(_ bytes: UnsafeBufferPointer<UInt8>, chunk: Int) {
  var offset = 0
  var lines = LineReader(maxLineBytes: 512) { buffer, capacity in
    let n = min(chunk, capacity, bytes.count - offset)
    if n > 0 { buffer.copyMemory(from: bytes.baseAddress! + offset, byteCount: n) }
    offset += n
    return n
  }
  var seen: [UInt8] = []
  do {
    while try lines.next({ line -> Bool in
      seen += line
      seen.append(0x0A)
      return true
    }) != nil {}
  } catch {
    return
  }
  var ended = Array(bytes)
  if let last = ended.last, last != 0x0A { ended.append(0x0A) }
  var expected: [UInt8] = []
  for (k, b) in ended.enumerated() where !(b == 0x0D && ended[k + 1] == 0x0A) { expected.append(b) }
  guard seen == expected else { fatalError("lines do not add up to the input") }
}

/// The NDJSON reader over a file: every line is a record or a bad line, never a trap.
func readRecords(_ bytes: UnsafeBufferPointer<UInt8>) {
  scratch.write(bytes)
  guard let fd = try? InputSource.file(scratch.path).open() else { fatalError("cannot open the scratch file") }
  var reader = NDJSONReader(source: .file(scratch.path), fd: fd, maxLineBytes: 512)
  while let item = try? reader.next() {
    if case .record(_, let o) = item { _ = RecordValidator.validate(o) }
  }
}

@main enum FuzzNDJSONMain {
  static func main() { FuzzDriver.run(fuzzNDJSON) }
}
