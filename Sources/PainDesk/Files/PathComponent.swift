/// An id used as a file or folder name (a packet's folder, an exhibit) must name one entry
/// of the output folder and nothing else: never `.` or `..` (the folder itself or its
/// parent), never a slash, never empty. Such an id is bad input (65), not something to
/// repair silently into another record's folder.
public enum PathComponent {
  /// `name` (already mapped to safe characters) when it is one plain component.
  public static func checked(_ name: String, kind: String, id: String) throws(ToolkitError) -> String {
    guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.utf8.contains(0) else {
      throw ToolkitError(
        .dataError, "\(kind) id '\(id)' cannot name a file or folder ('.', '..', a slash or empty): give the record another id")
    }
    return name
  }
}
