import Foundation
import Testing

@testable import PlenumKit

/// Finding learner folders: class folders, single learner folders, and folders that are neither.
@Suite struct ClassRosterTests {
  @Test func classFolderListsEveryLearnerFolderInByteOrder() throws {
    let root = try ClassFixture.folder()
    let roster = try ClassRoster.learners(in: [root])
    #expect(roster.map(\.name) == ["ana", "ben", "dan", "eve", "최민지"])
    #expect(roster[0].folder == root + "/ana")
  }

  @Test func learnerFolderIsOneLearner() throws {
    let root = try ClassFixture.folder()
    let roster = try ClassRoster.learners(in: [root + "/ben/"])
    #expect(roster == [ClassRoster.Entry(name: "ben", folder: root + "/ben")])
  }

  @Test func sameFolderTwiceCountsOnceAndSameNameIsQualifiedByClass() throws {
    let root = try ClassFixture.folder()
    let roster = try ClassRoster.learners(in: [root + "/ana", root, root + "/ana"])
    // ana given twice (alone and in the class) is read once; names stay plain.
    #expect(roster.map(\.name) == ["ana", "ben", "dan", "eve", "최민지"])
    let copy = ProgressTempFolder()
    try FileManager.default.createDirectory(
      atPath: copy.file("ana"), withIntermediateDirectories: true)
    let both = try ClassRoster.learners(in: [root, copy.path])
    let parent = String(copy.path.split(separator: "/").last!)
    #expect(both.map(\.name) == ["class/ana", "ben", "dan", "eve", "최민지", parent + "/ana"])
  }

  @Test func dotIsNamedByTheFolderItStandsFor() throws {
    let root = try ClassFixture.folder()
    let roster = try ClassRoster.learners(in: [root + "/dan/.", root + "/ben/../dan"])
    #expect(roster == [ClassRoster.Entry(name: "dan", folder: root + "/dan/.")])
  }

  @Test func missingFolderIsAClearFailure() {
    #expect(throws: ClassRoster.Failure(path: "/no/such/class", reason: .missing)) {
      try ClassRoster.learners(in: ["/no/such/class"])
    }
    #expect(
      ClassRoster.Failure(path: "/no/such/class", reason: .missing).description
        == "The folder '/no/such/class' does not exist; give a class folder (one folder per learner) "
        + "or a learner's folder.")
  }

  @Test func fileAndEmptyFolderAreRejected() throws {
    let temp = ProgressTempFolder()
    temp.write("notes.txt", "hello")
    #expect(throws: ClassRoster.Failure(path: temp.file("notes.txt"), reason: .notAFolder)) {
      try ClassRoster.learners(in: [temp.file("notes.txt")])
    }
    #expect(throws: ClassRoster.Failure(path: temp.path, reason: .noLearners)) {
      try ClassRoster.learners(in: [temp.path])
    }
  }
}
