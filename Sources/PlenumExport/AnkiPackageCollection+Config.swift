import Foundation

/// The JSON columns of the legacy `col` row: collection settings, the note type, the decks
/// and their options. Keys are the ones Anki requires when it reads a schema 11 collection.
extension AnkiPackageCollection {
  /// `col.conf`: the collection settings (new cards in deck order, the Plenum deck current).
  var configuration: [String: Any] {
    [
      "activeDecks": [deckID], "curDeck": deckID, "curModel": Self.modelID,
      "nextPos": notes.count + 1, "newSpread": 0, "collapseTime": 1200, "timeLim": 0,
      "estTimes": true, "dueCounts": true, "addToCur": true, "sortType": "noteFld",
      "sortBackwards": false, "schedVer": 2,
    ]
  }

  /// `col.models`: the "Plenum Basic" note type with fields Front and Back and one card.
  var models: [String: Any] {
    let fields = ["Front", "Back"].enumerated().map { ord, name in
      [
        "name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Arial", "size": 20,
        "media": [String](),
      ] as [String: Any]
    }
    let template: [String: Any] = [
      "name": "Card 1", "ord": 0, "qfmt": "{{Front}}",
      "afmt": "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}", "bqfmt": "", "bafmt": "",
      "did": NSNull(), "bfont": "", "bsize": 0,
    ]
    let model: [String: Any] = [
      "id": Self.modelID, "name": Self.modelName, "type": 0, "mod": Self.modelModified,
      "usn": 0, "sortf": 0, "did": deckID, "tmpls": [template], "flds": fields,
      "css": Self.css, "latexPre": Self.latexPreamble, "latexPost": "\\end{document}",
      "latexsvg": false, "req": [[0, "any", [0]]], "tags": [String](), "vers": [String](),
    ]
    return [String(Self.modelID): model]
  }

  /// `col.decks`: Anki's Default deck (id 1, always present) and the Plenum deck.
  var decks: [String: Any] {
    [
      "1": Self.deck(id: 1, name: "Default", modified: epoch),
      String(deckID): Self.deck(id: deckID, name: deckName, modified: epoch),
    ]
  }

  /// `col.dconf`: Anki's stock option group 1, which both decks use.
  var deckOptions: [String: Any] {
    let options: [String: Any] = [
      "id": 1, "mod": 0, "name": "Default", "usn": 0, "maxTaken": 60, "autoplay": true,
      "timer": 0, "replayq": true, "dyn": false,
      "new": [
        "bury": false, "delays": [1.0, 10.0], "initialFactor": 2500, "ints": [1, 4, 0],
        "order": 1, "perDay": 20,
      ] as [String: Any],
      "rev": [
        "bury": false, "ease4": 1.3, "ivlFct": 1.0, "maxIvl": 36500, "perDay": 200,
        "hardFactor": 1.2,
      ] as [String: Any],
      "lapse": [
        "delays": [10.0], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0.0,
      ] as [String: Any],
    ]
    return ["1": options]
  }

  private static func deck(id: Int64, name: String, modified: Int64) -> [String: Any] {
    [
      "id": id, "name": name, "mod": modified, "usn": 0, "desc": "", "dyn": 0, "conf": 1,
      "collapsed": false, "browserCollapsed": false, "extendNew": 0, "extendRev": 0,
      "newToday": [0, 0], "revToday": [0, 0], "lrnToday": [0, 0], "timeToday": [0, 0],
    ]
  }

  /// Left-aligned: backs hold an answer, an explanation and sources on separate lines.
  private static let css = """
    .card { font-family: Arial, sans-serif; font-size: 20px; text-align: left; \
    color: black; background-color: white; }
    """

  /// Anki's usual LaTeX preamble (Plenum cards hold no LaTeX; older clients expect the key).
  private static let latexPreamble = """
    \\documentclass[12pt]{article}
    \\special{papersize=3in,5in}
    \\usepackage[utf8]{inputenc}
    \\usepackage{amssymb,amsmath}
    \\pagestyle{empty}
    \\setlength{\\parindent}{0in}
    \\begin{document}

    """

  /// Compact JSON with sorted keys, so the column is the same text for the same deck.
  static func json(_ value: Any) -> String {
    let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? JSONSerialization.data(withJSONObject: value, options: options) else {
      preconditionFailure("The Anki collection settings are not valid JSON: \(value)")
    }
    return String(decoding: data, as: UTF8.self)
  }
}
