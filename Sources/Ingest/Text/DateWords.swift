/// The words resumes write dates with, in English, German, French, Spanish, Portuguese and Dutch: month names
/// and their abbreviations, seasons, the words for "until now" and for "since". Data, kept apart from the
/// parsers that read them (``PrintedDate``, ``MetadataDate`` and Analysis's `DateRangeParser`, hence
/// `package`); all lowercase, accents as written and without.
package enum DateWords {
  /// Month names and abbreviations → month number.
  package static let months: [String: Int] = {
    let names: [Int: [String]] = [
      1: ["january", "jan", "januar", "jänner", "jaenner", "janvier", "janv", "enero", "ene", "janeiro", "januari"],
      2: [
        "february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "fevereiro", "fev", "februari",
      ],
      3: ["march", "mar", "märz", "maerz", "mrz", "mars", "marzo", "março", "marco", "maart", "mrt"],
      4: ["april", "apr", "avril", "avr", "abril", "abr"],
      5: ["may", "mai", "mayo", "maio", "mei"],
      6: ["june", "jun", "juni", "juin", "junio", "junho"],
      7: ["july", "jul", "juli", "juillet", "juil", "julio", "julho"],
      8: ["august", "aug", "août", "aout", "agosto", "ago", "augustus"],
      9: ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set"],
      10: ["october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out"],
      11: ["november", "nov", "novembre", "noviembre", "novembro"],
      12: ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro"],
    ]
    var table: [String: Int] = [:]
    for (number, words) in names { for word in words { table[word] = number } }
    return table
  }()

  /// Seasons → the month they are read as (Spring 01, Summer 06, Fall 09, Winter 12).
  package static let seasons: [String: Int] = [
    "spring": 1, "summer": 6, "fall": 9, "autumn": 9, "winter": 12,
    "frühjahr": 3, "frühling": 3, "sommer": 6, "herbst": 9,
  ]

  /// Words that end a range at the present ("Present", "to date", "heute", "aujourd'hui", "actualidad").
  package static let present = [
    "present time", "present", "currently", "current", "now", "today", "to date", "date", "ongoing",
    "bis heute", "heute", "jetzt", "aktuell", "laufend", "aujourd'hui", "aujourd’hui", "présent", "actuellement",
    "actuel", "en cours", "actualidad", "actualmente", "presente", "hoy", "atualmente", "atual", "hoje", "heden",
    "huidig", "momenteel", "nu",
  ]

  /// Words before a start date that make the range run to the present ("since 2019", "seit 2019").
  package static let since = ["since", "seit", "depuis", "desde", "sinds"]

  /// Words between a start and an end date besides dashes.
  package static let until = [
    "to", "until", "till", "through", "thru", "bis", "au", "à", "hasta", "até", "ate", "tot", "a",
  ]
}
