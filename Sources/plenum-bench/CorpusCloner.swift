import PlenumCorpus

/// Makes a corpus `factor` times larger by adding renamed copies of every entry: copy k
/// gets ids ending in "-k<k>" and names ending in a made-up word, with every reference
/// inside the copy pointing at the same copy, so the result is as consistent as the original.
enum CorpusCloner {
  static func clone(_ corpus: Corpus, factor: Int) -> Corpus {
    guard factor > 1 else { return corpus }
    var ids = Set<String>()
    ids.formUnion(corpus.sources.map(\.id))
    ids.formUnion(corpus.places.map(\.id))
    ids.formUnion(corpus.factions.map(\.id))
    ids.formUnion(corpus.actors.map(\.id))
    ids.formUnion(corpus.events.map(\.id))
    ids.formUnion(corpus.quantities.map(\.id))
    ids.formUnion(corpus.claims.map(\.id))
    var result = corpus
    for copy in 1..<factor {
      let suffix = "-k\(copy)"
      let word = " " + nameWord(copy)
      func id(_ value: String) -> String { ids.contains(value) ? value + suffix : value }
      func cite(_ citations: [Citation]) -> [Citation] {
        citations.map { Citation(source: id($0.source), at: $0.at) }
      }
      result.sources += corpus.sources.map { source in
        var s = source
        s.id = id(s.id)
        s.title += word
        s.author = s.author.map(id)
        s.recipients = s.recipients.map(id)
        return s
      }
      result.places += corpus.places.map { place in
        var p = place
        p.id = id(p.id)
        p.name += word
        p.aliases = p.aliases.map { $0 + word }
        p.sources = cite(p.sources)
        return p
      }
      result.factions += corpus.factions.map { faction in
        var f = faction
        f.id = id(f.id)
        f.name += word
        f.aliases = f.aliases.map { $0 + word }
        f.sources = cite(f.sources)
        return f
      }
      result.actors += corpus.actors.map { actor in
        var a = actor
        a.id = id(a.id)
        a.name += word
        a.hangul = nil
        a.aliases = a.aliases.map { $0 + word }
        a.factions = a.factions.map(id)
        a.confusable = a.confusable.map(id)
        a.sources = cite(a.sources)
        a.roles = a.roles.map { role in
          var r = role
          r.sources = cite(r.sources)
          return r
        }
        a.fate = a.fate.map { fate in
          var f = fate
          f.sources = cite(f.sources)
          return f
        }
        return a
      }
      result.events += corpus.events.map { event in
        var e = event
        e.id = id(e.id)
        e.name += word
        e.place = e.place.map(id)
        e.causes = e.causes.map(id)
        e.sources = cite(e.sources)
        e.dates = e.dates.map { Event.DateReading(date: $0.date, sources: cite($0.sources)) }
        e.participants = e.participants.map {
          Event.Participant(actor: id($0.actor), part: $0.part, sources: cite($0.sources))
        }
        e.outcomes = e.outcomes.map {
          Event.Outcome(id: $0.id, text: $0.text, sources: cite($0.sources))
        }
        return e
      }
      result.quantities += corpus.quantities.map { quantity in
        var q = quantity
        q.id = id(q.id)
        q.what += word
        q.event = q.event.map(id)
        q.sources = cite(q.sources)
        return q
      }
      result.claims += corpus.claims.map { claim in
        var c = claim
        c.id = id(c.id)
        c.question += word
        c.about = c.about.map(id)
        c.readings = c.readings.map {
          Claim.Reading(holder: id($0.holder), answer: $0.answer, sources: cite($0.sources))
        }
        return c
      }
    }
    return result
  }

  /// A pronounceable made-up word for copy `k` ("Bado", "Bade", …), distinct per copy.
  static func nameWord(_ k: Int) -> String {
    let consonants = Array("BDGHJKLMNPRSTVZ")
    let vowels = Array("aeiou")
    var n = k
    var word = ""
    repeat {
      word.append(
        word.isEmpty
          ? consonants[n % consonants.count]
          : Character(consonants[n % consonants.count].lowercased()))
      n /= consonants.count
      word.append(vowels[n % vowels.count])
      n /= vowels.count
    } while n > 0
    return word
  }
}
