import CZlib

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An interop input file read line by line in constant memory: plain, or gzip (told by its
/// magic bytes) inflated as it is read with the system zlib. Lines are numbered from 1
/// (blank lines count, and are passed over); a line longer than `maxLineBytes` is an error
/// naming it, so neither a long line nor a "zip bomb" can exhaust memory.
public enum InteropLines {
  public static func forEach(
    _ path: String, maxLineBytes: Int, _ body: (_ line: Int, _ bytes: UnsafeBufferPointer<UInt8>) throws(ToolkitError) -> Void
  ) throws(ToolkitError) {
    let fd = try InputSource.file(path).open()
    var magic: [UInt8] = [0, 0]
    let peeked = pread(fd, &magic, 2, 0)
    let gzip = peeked == 2 && magic == [0x1f, 0x8b]
    var inflater: GzipStream?
    var reader: LineReader
    if gzip {
      let stream = try GzipStream(fd: fd, name: path)
      inflater = stream
      reader = LineReader(maxLineBytes: maxLineBytes, read: stream.fill)
    } else {
      reader = LineReader(fd: fd, ownsFD: true, maxLineBytes: maxLineBytes)
    }
    defer { inflater?.end() }
    var failure: ToolkitError?
    var number = 0
    while true {
      // `next` hands over exactly one line per call, so this counts as the reader does.
      number += 1
      let line = number
      let more: Bool?
      do {
        more = try reader.next { bytes -> Bool in
          guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return true }
          do throws(ToolkitError) { try body(line, bytes) } catch {
            failure = error
            return false
          }
          return true
        }
      } catch let f as LineReader.Failure {
        switch f {
        case .lineTooLong(let line, let limit): throw ToolkitError(.dataError, "\(path):\(line): line longer than \(limit) bytes")
        case .io(let e): throw ToolkitError(.ioError, "cannot read '\(path)': \(String(cString: strerror(e)))")
        }
      } catch let e as ToolkitError {
        throw e
      } catch {
        throw ToolkitError(.software, "\(path): unexpected reader error: \(error)")
      }
      if let failure { throw failure }
      if more == nil { return }
    }
  }
}

/// Inflates a gzip file (several members allowed, as `cat a.gz b.gz` makes) a chunk at a
/// time: `fill` is a `LineReader.ByteSource`. Truncated or corrupt data is an error.
final class GzipStream {
  private var stream = z_stream()
  private let fd: Int32
  private let name: String
  private static let chunk = 1 << 16
  private let input = UnsafeMutablePointer<UInt8>.allocate(capacity: GzipStream.chunk)
  private var inputEOF = false
  private var finished = false
  private var open = true

  init(fd: Int32, name: String) throws(ToolkitError) {
    self.fd = fd
    self.name = name
    // 15 + 32: a zlib or gzip header, detected.
    guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      input.deallocate()
      close(fd)
      throw ToolkitError(.software, "\(name): zlib could not start")
    }
  }

  func end() {
    guard open else { return }
    open = false
    inflateEnd(&stream)
    input.deallocate()
    close(fd)
  }

  deinit { end() }

  /// Reads more compressed bytes when zlib has used up what it had; false at the end.
  private func refill() throws -> Bool {
    guard stream.avail_in == 0 else { return true }
    guard !inputEOF else { return false }
    while true {
      let n = read(fd, input, Self.chunk)
      if n > 0 {
        stream.next_in = input
        stream.avail_in = uInt(n)
        return true
      }
      if n == 0 {
        inputEOF = true
        return false
      }
      if errno == EINTR { continue }
      throw LineReader.Failure.io(errno: errno)
    }
  }

  func fill(_ out: UnsafeMutableRawPointer, _ count: Int) throws -> Int {
    while !finished {
      guard open else { return 0 }
      let hasInput = try refill()
      stream.next_out = out.assumingMemoryBound(to: Bytef.self)
      stream.avail_out = uInt(count)
      let status = inflate(&stream, Z_NO_FLUSH)
      let produced = count - Int(stream.avail_out)
      switch status {
      case Z_STREAM_END:
        // Another member may follow; only the end of the file ends the data.
        if try refill() {
          guard inflateReset(&stream) == Z_OK else { throw ToolkitError(.dataError, "\(name): bad gzip member") }
        } else {
          finished = true
        }
      case Z_OK:
        break
      case Z_BUF_ERROR:
        if !hasInput { throw ToolkitError(.dataError, "\(name): truncated gzip data") }
      default:
        throw ToolkitError(.dataError, "\(name): corrupt gzip data")
      }
      if produced > 0 { return produced }
    }
    return 0
  }
}
