import PlenumCorpus

extension QuestionBuilder {
  /// When the corpus says `actor` died ("died", "… eventually executed"), if it dates it.
  static func death(of actor: Actor) -> HistoricalDate? {
    actor.fate.first { reading in
      let text = reading.text.lowercased()
      return reading.date != nil && (text.hasPrefix("died") || text.contains("executed"))
    }?.date
  }

  /// True when the corpus records that `actor` was dead before `date` began: such a person
  /// is no wrong option for who held a post or took part then (Stalin at a 1956 meeting).
  static func dead(_ actor: Actor, before date: HistoricalDate?) -> Bool {
    guard let date, let death = death(of: actor) else { return false }
    return death.latestOrdinal < date.earliestOrdinal
  }

  /// The people who could have been there on `date`: everyone the corpus does not record as
  /// dead by then.
  func living(on date: HistoricalDate?) -> [Actor] {
    index.corpus.actors.filter { !Self.dead($0, before: date) }
  }

  /// The earliest date the sources give for `event` (the August Plenum: 30 August 1956).
  static func earliestDate(of event: Event) -> HistoricalDate? {
    event.dates.map(\.date).min { $0.earliestOrdinal < $1.earliestOrdinal }
  }
}
