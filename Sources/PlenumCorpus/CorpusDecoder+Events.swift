import Foundation
import Yams

extension CorpusDecoder {
  /// An event; a single `date` is cited by the event's own sources, `dates` readings by theirs.
  mutating func decodeEvent(_ f: inout Fields) -> Event {
    let id = identify(&f, as: "event")
    let name = string(f, "name") ?? ""
    let single = date(f, "date")
    var readings = entries(f, "dates", kind: "date reading") { $0.decodeDateReading(&$1) }
    if f.values["date"] != nil, f.values["dates"] != nil {
      report(
        "\(f.subject) has both `date` and `dates`; use `date` when the sources agree, `dates` when they differ",
        at: position(of: f.values["dates"], else: f.position))
    }
    let place = self.id(f, "place", required: false)
    let summary = string(f, "summary", prose: true) ?? ""
    let causes = ids(f, "causes")
    let participants = entries(f, "participants", kind: "participant") { $0.decodeParticipant(&$1) }
    let outcomes = entries(f, "outcomes", kind: "outcome") { $0.decodeOutcome(&$1) }
    let sources = citations(f)
    if let single {
      readings = [Event.DateReading(date: single, sources: sources)]
      if let at = marks[f.path + ".date"] {
        marks.record(f.path + ".dates[0].date", line: at.line, column: at.column)
      }
    }
    var event = Event(
      id: id, name: name, dates: readings, place: place, summary: summary, causes: causes,
      participants: participants, outcomes: outcomes, sources: sources)
    event.ask = askList(f, kind: "event")
    event.when = string(f, "when", required: false)
    event.why = string(f, "why", required: false, prose: true)
    event.outcomeQuestion = string(f, "outcome-question", required: false)
    event.decoys = strings(f, "decoys")
    event.setting = string(f, "setting", required: false)
    event.background = bool(f, "background") ?? false
    return event
  }

  /// Stands in for a date that could not be read (already reported), so list indices still
  /// match the file; the chronology checks skip it. No corpus date spells year 0.
  static let unreadableDate = HistoricalDate(year: 0)

  /// A reading whose date is unreadable keeps a placeholder; the error stops the load anyway.
  mutating func decodeDateReading(_ f: inout Fields) -> Event.DateReading {
    let date = self.date(f, "date")
    if date == nil, f.values["date"] == nil { report("\(f.subject) has no `date`", at: f.position) }
    return Event.DateReading(date: date ?? Self.unreadableDate, sources: citations(f))
  }

  mutating func decodeParticipant(_ f: inout Fields) -> Event.Participant {
    let actor = id(f, "actor") ?? ""
    if !actor.isEmpty {
      f.subject = "participant \(CorpusTextRules.quoted(actor))" + Self.parentSuffix(f.subject)
    }
    var participant = Event.Participant(
      actor: actor, part: string(f, "part") ?? "", sources: citations(f))
    participant.asked = bool(f, "ask") ?? true
    return participant
  }

  mutating func decodeOutcome(_ f: inout Fields) -> Event.Outcome {
    let id = identify(&f, as: "outcome")
    var outcome = Event.Outcome(id: id, text: string(f, "text") ?? "", sources: citations(f))
    outcome.asked = bool(f, "ask") ?? true
    return outcome
  }

  mutating func decodeQuantity(_ f: inout Fields) -> Quantity {
    let id = identify(&f, as: "quantity")
    var quantity = Quantity(
      id: id, what: string(f, "what") ?? "", value: number(f, "value") ?? 0,
      approximate: bool(f, "approximate") ?? false, unit: string(f, "unit", required: false),
      scope: string(f, "scope") ?? "", date: date(f, "date"),
      event: self.id(f, "event", required: false), sources: citations(f))
    quantity.ask = askList(f, kind: "quantity")
    quantity.question = string(f, "question", required: false)
    quantity.why = string(f, "why", required: false, prose: true)
    return quantity
  }

  mutating func decodeClaim(_ f: inout Fields) -> Claim {
    let id = identify(&f, as: "claim")
    return Claim(
      id: id, question: string(f, "question") ?? "", about: ids(f, "about"),
      readings: entries(f, "readings", kind: "reading") { $0.decodeReading(&$1) })
  }

  mutating func decodeReading(_ f: inout Fields) -> Claim.Reading {
    let holder = string(f, "holder") ?? ""
    return Claim.Reading(holder: holder, answer: string(f, "answer") ?? "", sources: citations(f))
  }

  /// " in event 'x'" from "a participant in event 'x'".
  static func parentSuffix(_ subject: String) -> String {
    subject.range(of: " in ").map { String(subject[$0.lowerBound...]) } ?? ""
  }
}
