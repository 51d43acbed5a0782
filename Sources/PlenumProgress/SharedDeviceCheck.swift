/// Finds device files written by two installations at once, for `plenum doctor`.
///
/// Each device file should have one writer: the installation whose `.device` names it. If a
/// machine was cloned after plenum ran (or `.device` was copied), two machines append to
/// one file and a sync tool may drop one side's lines. New review ids carry a tag of the
/// boot they were written in (`ReviewID.tagged`): one machine's tags follow each other (one
/// boot after another, never back), so a tag that comes back after another one in the same
/// file means a second machine wrote there.
public enum SharedDeviceCheck {
  /// One diagnostic per device file of `learnerFolder` that two machines wrote.
  public static func diagnostics(learnerFolder: String) -> [LogDiagnostic] {
    var results: [LogDiagnostic] = []
    var parser = LogLineParser()
    for (index, name) in ReviewLog.logFileNames(in: learnerFolder).enumerated() {
      var batch = LogBatch()
      _ = LogFileReader.read(
        path: ProgressFolders.join(learnerFolder, name), name: name, fileIndex: Int32(index),
        from: LogFileReader.Position(), readTail: true, parser: &parser, into: &batch)
      var tagged: [(line: Int32, tag: UInt32)] = []
      for (review, origin) in zip(batch.reviews, batch.reviewOrigins) {
        if let tag = review.id.writerTag { tagged.append((origin.line, tag)) }
      }
      for (undo, origin) in zip(batch.undos, batch.undoOrigins) {
        if let tag = undo.id.writerTag { tagged.append((origin.line, tag)) }
      }
      tagged.sort { $0.line < $1.line }
      if let line = firstReturningWriter(tagged) {
        results.append(
          LogDiagnostic(
            file: name, line: line, kind: .sharedDevice,
            message:
              "this device file is written by two machines (records of one machine come back "
              + "after another's), so a sync may lose reviews; they share one device id, "
              + "probably a machine cloned after plenum ran. On one of them delete the file "
              + "\(DeviceIdentity.fileName) in plenum's data folder ($XDG_DATA_HOME/plenum or "
              + "~/.local/share/plenum) so it draws a new id; no review is lost"))
      }
    }
    return results
  }

  /// The line where a writer seen before comes back after another writer, if any.
  static func firstReturningWriter(_ tagged: [(line: Int32, tag: UInt32)]) -> Int? {
    var finished = Set<UInt32>()
    var current: UInt32?
    for (line, tag) in tagged where tag != current {
      if let current { finished.insert(current) }
      if finished.contains(tag) { return Int(line) }
      current = tag
    }
    return nil
  }
}
