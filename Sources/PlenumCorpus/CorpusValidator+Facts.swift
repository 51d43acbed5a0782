extension CorpusCheck {
  // MARK: - Citations

  /// Every fact cites at least one known source (a single event `date` shares its event's).
  mutating func checkCitations() {
    for (i, place) in corpus.places.enumerated() {
      cited(place.sources, Self.named("place", place.id), "places[\(i)]")
    }
    for (i, faction) in corpus.factions.enumerated() {
      cited(faction.sources, Self.named("faction", faction.id), "factions[\(i)]")
    }
    for (a, actor) in corpus.actors.enumerated() {
      let name = Self.named("actor", actor.id)
      cited(actor.sources, name, "actors[\(a)]")
      for (r, role) in actor.roles.enumerated() {
        cited(role.sources, Self.named("role", role.id) + " in \(name)", "actors[\(a)].roles[\(r)]")
      }
      for (f, fate) in actor.fate.enumerated() {
        cited(fate.sources, "fate reading \(f + 1) in \(name)", "actors[\(a)].fate[\(f)]")
      }
    }
    for (e, event) in corpus.events.enumerated() {
      let name = Self.named("event", event.id)
      cited(event.sources, name, "events[\(e)]")
      if marks["events[\(e)].dates"] != nil {
        for (d, reading) in event.dates.enumerated() {
          cited(reading.sources, "date reading \(d + 1) in \(name)", "events[\(e)].dates[\(d)]")
        }
      }
      for (p, participant) in event.participants.enumerated() {
        cited(
          participant.sources, Self.named("participant", participant.actor) + " in \(name)",
          "events[\(e)].participants[\(p)]")
      }
      for (o, outcome) in event.outcomes.enumerated() {
        cited(
          outcome.sources, Self.named("outcome", outcome.id) + " in \(name)",
          "events[\(e)].outcomes[\(o)]")
      }
    }
    for (q, quantity) in corpus.quantities.enumerated() {
      cited(quantity.sources, Self.named("quantity", quantity.id), "quantities[\(q)]")
    }
    for (c, claim) in corpus.claims.enumerated() {
      for (r, reading) in claim.readings.enumerated() {
        cited(
          reading.sources, "reading \(r + 1) in \(Self.named("claim", claim.id))",
          "claims[\(c)].readings[\(r)]")
      }
    }
  }

  private mutating func cited(_ citations: [Citation], _ subject: String, _ path: String) {
    if citations.isEmpty {
      report(
        "\(subject) cites no source; add `sources:` with at least one source id",
        at: path + ".sources", path)
    }
    for (i, citation) in citations.enumerated() {
      resolve(citation.source, as: "source", in: subject, at: "\(path).sources[\(i)]")
    }
  }

  // MARK: - Dates

  /// Roles end after they begin; an event does not come before one of its causes.
  mutating func checkChronology() {
    for (a, actor) in corpus.actors.enumerated() {
      for (r, role) in actor.roles.enumerated() {
        guard let from = role.from, let to = role.to, to.latestOrdinal < from.earliestOrdinal else {
          continue
        }
        report(
          "\(Self.named("role", role.id)) in \(Self.named("actor", actor.id)) ends (\(to)) before it begins (\(from))",
          at: "actors[\(a)].roles[\(r)].to")
      }
    }
    var eventByID: [String: Event] = [:]
    for event in corpus.events where eventByID[event.id] == nil { eventByID[event.id] = event }
    for (e, event) in corpus.events.enumerated() {
      guard let date = event.date, date != CorpusDecoder.unreadableDate else { continue }
      for (c, causeID) in event.causes.enumerated() {
        guard let cause = eventByID[causeID], cause.id != event.id, let causeDate = cause.date,
          causeDate != CorpusDecoder.unreadableDate
        else { continue }
        // Only certain disorder counts: with imprecise dates (1956 vs 1956-08-30) either may be first.
        let causeLast = causeDate.end ?? causeDate.start
        let relation: String
        if date.start.latestOrdinal < causeDate.start.earliestOrdinal {
          relation = "is dated before"
        } else if date.latestOrdinal < causeLast.earliestOrdinal {
          relation = "is over before the end of"
        } else {
          continue
        }
        report(
          "\(Self.named("event", event.id)) (\(date)) \(relation) its cause \(CorpusTextRules.quoted(causeID)) "
            + "(\(causeDate)); a cause must come first, so fix a date or the `causes` list",
          at: "events[\(e)].causes[\(c)]")
      }
    }
  }

  // MARK: - Cycles

  /// Reports each cycle among `causes` once, at the reference that closes it.
  mutating func checkCauseCycles() {
    var indexByID: [String: Int] = [:]
    for (index, event) in corpus.events.enumerated()
    where indexByID[event.id] == nil && !event.id.isEmpty {
      indexByID[event.id] = index
    }
    let edges = corpus.events.map { event in
      event.causes.enumerated().compactMap { c, id in indexByID[id].map { (c, $0) } }
    }
    // 0 unvisited, 1 on the current path, 2 done. Iterative, so a long chain cannot overflow the stack.
    var state = Array(repeating: 0, count: edges.count)
    for root in edges.indices where state[root] == 0 {
      var path: [(node: Int, next: Int)] = [(root, 0)]
      state[root] = 1
      while let (node, next) = path.last {
        guard next < edges[node].count else {
          state[node] = 2
          path.removeLast()
          continue
        }
        path[path.count - 1].next += 1
        let (causeIndex, target) = edges[node][next]
        if state[target] == 0 {
          state[target] = 1
          path.append((target, 0))
        } else if state[target] == 1, let start = path.firstIndex(where: { $0.node == target }) {
          let names = (path[start...].map(\.node) + [target]).map { corpus.events[$0].id }
          let message =
            names.count == 2
            ? "\(Self.named("event", names[0])) lists itself among its causes"
            : "the causes form a cycle: \(names.joined(separator: " → ")); an event cannot lead to itself"
          report(message, at: "events[\(node)].causes[\(causeIndex)]")
        }
      }
    }
  }
}
