import PlenumKit

/// One row per card, RFC 4180 quoting, for spreadsheets and other tools.
public enum CardCSV {
  public static let header = "id,kind,prompt,answer,choices,accept,forms,sources,explanation"

  /// The CSV text for `deck`, with a header row and CRLF line ends as RFC 4180 asks.
  public static func render(_ deck: Deck) -> String {
    var lines = [header]
    for card in deck.cards {
      let row = [
        card.id, card.kind.rawValue, card.prompt, card.answer,
        (card.choices.isEmpty ? card.items : card.choices).joined(separator: " | "),
        card.accept.joined(separator: " | "), card.forms.map(\.rawValue).joined(separator: " "),
        card.sources.map(\.label).joined(separator: "; "), card.explanation,
      ]
      lines.append(row.map(quote).joined(separator: ","))
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  /// A field quoted when it holds a comma, quote or line break.
  public static func quote(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return value
    }
    return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
  }
}
