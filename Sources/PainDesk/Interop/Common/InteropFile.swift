import CZlib
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system's read(2), named apart from `InteropFile.read`.
private func readFile(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }

/// Reads an interop input file whole, inflating gzip (by its magic bytes) with the system
/// zlib. Files are bounded by `maxBytes` after inflation, checked before anything is kept
/// (`checkSize`), so a hostile "zip bomb" is an error, not an exhausted machine.
public enum InteropFile {
  public static let defaultMaxBytes = 2 << 30

  public static func read(_ path: String, maxBytes: Int = defaultMaxBytes) throws(ToolkitError) -> [UInt8] {
    try requireFile(path)
    try checkSize(path, maxBytes: maxBytes)
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ToolkitError(.noPermission, "cannot open '\(path)': permission denied")
    }
    let bytes = [UInt8](data)
    if bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b {
      return try gunzip(bytes, name: path, maxBytes: maxBytes)
    }
    guard bytes.count <= maxBytes else { throw ToolkitError(.dataError, "\(path): larger than \(maxBytes) bytes") }
    return bytes
  }

  /// Hands the file's bytes (inflated, if gzip) to `body` a chunk of at most 64 KiB at a
  /// time, in constant memory, until `body` returns false or the file ends. More than
  /// `maxBytes` is an error when it is seen: a plain file's size is checked before reading.
  public static func forEachChunk(
    _ path: String, maxBytes: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(ToolkitError) -> Bool
  ) throws(ToolkitError) {
    try requireFile(path)
    let fd = try InputSource.file(path).open()
    var magic: [UInt8] = [0, 0]
    var info = stat()
    let source: LineReader.ByteSource
    let inflater: GzipStream?
    if pread(fd, &magic, 2, 0) == 2, magic == [0x1f, 0x8b] {
      let stream = try GzipStream(fd: fd, name: path)
      inflater = stream
      source = stream.fill
    } else {
      inflater = nil
      if fstat(fd, &info) == 0 && Int(info.st_size) > maxBytes {
        close(fd)
        throw ToolkitError(.dataError, "\(path): larger than \(maxBytes) bytes")
      }
      source = { buffer, count in
        while true {
          let n = readFile(fd, buffer, count)
          if n >= 0 { return n }
          if errno != EINTR { throw LineReader.Failure.io(errno: errno) }
        }
      }
    }
    defer { if let inflater { inflater.end() } else { close(fd) } }
    let chunk = 1 << 16
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 1)
    defer { buffer.deallocate() }
    var total = 0
    do {
      while true {
        let n = try source(buffer, chunk)
        if n == 0 { return }
        total += n
        if total > maxBytes {
          throw ToolkitError(.dataError, "\(path): \(inflater == nil ? "larger than" : "inflates to more than") \(maxBytes) bytes")
        }
        guard try body(UnsafeBufferPointer(start: buffer.assumingMemoryBound(to: UInt8.self), count: n)) else { return }
      }
    } catch let e as ToolkitError {
      throw e
    } catch LineReader.Failure.io(let code) {
      throw ToolkitError(.ioError, "cannot read '\(path)': \(String(cString: strerror(code)))")
    } catch {
      throw ToolkitError(.software, "\(path): unexpected reader error: \(error)")
    }
  }

  /// An existing file, not a folder.
  private static func requireFile(_ path: String) throws(ToolkitError) {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw ToolkitError(.noInput, "cannot open '\(path)': no such file")
    }
    if isDir.boolValue { throw ToolkitError(.noInput, "cannot read '\(path)': it is a folder") }
  }

  /// Refuses a file over `maxBytes` before it is read: a plain one by its size, a gzip one
  /// by inflating it once a chunk at a time without keeping the output, so a "zip bomb"
  /// costs one 64 KiB buffer instead of `maxBytes` of memory before it is refused.
  static func checkSize(_ path: String, maxBytes: Int) throws(ToolkitError) {
    let fd = try InputSource.file(path).open()
    defer { close(fd) }
    var magic: [UInt8] = [0, 0]
    var info = stat()
    guard pread(fd, &magic, 2, 0) == 2, magic == [0x1f, 0x8b] else {
      if fstat(fd, &info) == 0 && Int(info.st_size) > maxBytes {
        throw ToolkitError(.dataError, "\(path): larger than \(maxBytes) bytes")
      }
      return
    }
    try forEachChunk(path, maxBytes: maxBytes) { _ in true }
  }

  /// Inflates gzip data (several members are allowed, as `cat a.gz b.gz` makes).
  public static func gunzip(_ input: [UInt8], name: String, maxBytes: Int = defaultMaxBytes) throws(ToolkitError) -> [UInt8] {
    var out: [UInt8] = []
    var stream = z_stream()
    // 15 + 32: a zlib or gzip header, detected.
    guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw ToolkitError(.software, "\(name): zlib could not start")
    }
    defer { inflateEnd(&stream) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var failure: String?
    input.withUnsafeBufferPointer { inp in
      stream.next_in = UnsafeMutablePointer(mutating: inp.baseAddress)
      stream.avail_in = uInt(inp.count)
      while true {
        let status = chunk.withUnsafeMutableBufferPointer { buf -> Int32 in
          stream.next_out = buf.baseAddress
          stream.avail_out = uInt(buf.count)
          return inflate(&stream, Z_NO_FLUSH)
        }
        let produced = chunk.count - Int(stream.avail_out)
        out.append(contentsOf: chunk[0..<produced])
        if out.count > maxBytes { failure = "inflates to more than \(maxBytes) bytes"; return }
        if status == Z_STREAM_END {
          if stream.avail_in == 0 { return }
          // Another gzip member follows.
          guard inflateReset(&stream) == Z_OK else { failure = "bad gzip member"; return }
          continue
        }
        if status != Z_OK {
          failure = status == Z_BUF_ERROR ? "truncated gzip data" : "corrupt gzip data"
          return
        }
      }
    }
    if let failure { throw ToolkitError(.dataError, "\(name): \(failure)") }
    return out
  }

  /// Splits bytes into lines (LF or CRLF), numbered from 1; blank lines are skipped.
  public static func lines(_ bytes: [UInt8]) -> [(number: Int, range: Range<Int>)] {
    var out: [(Int, Range<Int>)] = []
    var start = 0
    var n = 0
    for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x0a {
      n += 1
      var end = k
      if end > start && bytes[end - 1] == 0x0d { end -= 1 }
      if bytes[start..<end].contains(where: { $0 != 0x20 && $0 != 0x09 }) { out.append((n, start..<end)) }
      start = k + 1
    }
    return out
  }
}
