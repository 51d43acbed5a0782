/// Picks the form a card is asked in: recognition (multiple choice) while the memory is
/// young, recall (typed) once it is stable, as the design asks.
public enum FormChooser {
  /// Stability (days) from which a card that can be typed is asked typed.
  public static let recallFromStability = 7.0

  public static func form(for card: Card, progress: CardProgress?) -> CardForm {
    let stability = progress?.stability ?? 0
    if card.forms.contains(.typed), card.forms.contains(.choice) {
      return stability >= recallFromStability ? .typed : .choice
    }
    return card.forms.first ?? .typed
  }
}
