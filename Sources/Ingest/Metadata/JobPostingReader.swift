import Foundation

/// Finds a schema.org `JobPosting` in JSON-LD blocks: at the top level, in arrays, or in `@graph`.
enum JobPostingReader {
  /// The first `JobPosting` in the given JSON-LD texts and the blocks of its HTML description; nil when
  /// there is none or the JSON is broken.
  static func read(jsonLD scripts: [String]) -> (posting: JobPosting, description: [ContentBlock])? {
    for script in scripts {
      // Data from the UTF-8 view: the same bytes as `data(using: .utf8)`, without bridging the string.
      guard let json = try? JSONSerialization.jsonObject(with: Data(cleaned(script).utf8), options: [.fragmentsAllowed])
      else { continue }
      if let object = findPosting(in: json, depth: 0) {
        return posting(from: object)
      }
    }
    return nil
  }

  /// Some pages wrap JSON-LD in `<!-- -->` or CDATA markers.
  private static func cleaned(_ script: String) -> String {
    // Most JSON-LD starts with "{" or "[" after a little whitespace: no copying needed then.
    if let first = script.utf8.first(where: { !TextNormalizer.isSpace($0) }), first == 0x7B || first == 0x5B {
      return script
    }
    var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
    for (prefix, suffix) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")]
    where text.hasPrefix(prefix) && text.hasSuffix(suffix) {
      text = String(text.dropFirst(prefix.count).dropLast(suffix.count))
    }
    return text
  }

  private static func findPosting(in json: Any, depth: Int) -> [String: Any]? {
    guard depth < 8 else { return nil }
    if let array = json as? [Any] {
      for item in array {
        if let found = findPosting(in: item, depth: depth + 1) { return found }
      }
      return nil
    }
    guard let object = json as? [String: Any] else { return nil }
    if isJobPosting(object["@type"]) { return object }
    if let graph = object["@graph"] { return findPosting(in: graph, depth: depth + 1) }
    if let entity = object["mainEntity"] { return findPosting(in: entity, depth: depth + 1) }
    return nil
  }

  private static func isJobPosting(_ type: Any?) -> Bool {
    if let name = type as? String { return name.hasSuffix("JobPosting") }
    if let names = type as? [Any] { return names.contains { isJobPosting($0) } }
    return false
  }

  private static func posting(from object: [String: Any]) -> (posting: JobPosting, description: [ContentBlock]) {
    var posting = JobPosting()
    posting.title = string(object["title"]) ?? string(object["name"])
    posting.hiringOrganization = name(of: object["hiringOrganization"])
    posting.jobLocation = location(object["jobLocation"])
    posting.jobLocationType = joined(object["jobLocationType"])
    posting.baseSalary = salary(object["baseSalary"] ?? object["estimatedSalary"])
    posting.employmentType = joined(object["employmentType"])
    posting.datePosted = string(object["datePosted"])
    posting.validThrough = string(object["validThrough"])
    posting.experienceRequirements = requirementText(object["experienceRequirements"])
    posting.educationRequirements = requirementText(object["educationRequirements"])
    posting.skills = skills(object["skills"])
    var blocks: [ContentBlock] = []
    if let html = object["description"] as? String {
      blocks = HTMLFragment.blocks(html)
      let text = SectionBuilder.text(of: blocks)
      posting.description = text.isEmpty ? nil : text
    }
    return (posting, blocks)
  }

  private static func string(_ value: Any?) -> String? {
    switch value {
    case let text as String:
      let collapsed = TextNormalizer.collapse(text)
      return collapsed.isEmpty ? nil : collapsed
    case let number as NSNumber: return number.stringValue
    case let array as [Any]: return array.lazy.compactMap { string($0) }.first
    default: return nil
    }
  }

  private static func joined(_ value: Any?) -> String? {
    if let array = value as? [Any] {
      let parts = array.compactMap { string($0) }
      return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
    return string(value)
  }

  private static func name(of value: Any?) -> String? {
    if let object = value as? [String: Any] { return string(object["name"]) ?? string(object["legalName"]) }
    if let array = value as? [Any] { return array.lazy.compactMap { name(of: $0) }.first }
    return string(value)
  }

  private static func location(_ value: Any?) -> String? {
    if let array = value as? [Any] {
      let places = array.compactMap { location($0) }
      return places.isEmpty ? nil : places.joined(separator: "; ")
    }
    guard let object = value as? [String: Any] else { return string(value) }
    if let address = object["address"] {
      if let text = address as? String { return string(text) }
      if let fields = address as? [String: Any] {
        let parts = ["addressLocality", "addressRegion", "addressCountry"].compactMap { key -> String? in
          if let country = fields[key] as? [String: Any] { return string(country["name"]) }
          return string(fields[key])
        }
        if !parts.isEmpty { return parts.joined(separator: ", ") }
      }
    }
    return string(object["name"])
  }

  private static func number(_ value: Any?) -> Double? {
    switch value {
    case let number as NSNumber: return number.doubleValue
    case let text as String:
      return Double(text.filter { $0.isNumber || $0 == "." })
    default: return nil
    }
  }

  private static func salary(_ value: Any?) -> JobPosting.Salary? {
    if let array = value as? [Any] { return array.lazy.compactMap { salary($0) }.first }
    guard let object = value as? [String: Any] else { return nil }
    let currency = string(object["currency"])
    var minValue: Double?
    var maxValue: Double?
    var unit = string(object["unitText"])
    if let quantity = object["value"] as? [String: Any] {
      minValue = number(quantity["minValue"]) ?? number(quantity["value"])
      maxValue = number(quantity["maxValue"])
      unit = string(quantity["unitText"]) ?? unit
    } else {
      minValue = number(object["value"]) ?? number(object["minValue"])
      maxValue = number(object["maxValue"])
    }
    guard currency != nil || minValue != nil else { return nil }
    return JobPosting.Salary(currency: currency, minValue: minValue, maxValue: maxValue, unitText: unit)
  }

  private static func requirementText(_ value: Any?) -> String? {
    if let object = value as? [String: Any] {
      if let months = number(object["monthsOfExperience"]) { return "\(Int(months)) months" }
      return string(object["credentialCategory"]) ?? string(object["description"]) ?? string(object["name"])
    }
    if let array = value as? [Any] {
      let parts = array.compactMap { requirementText($0) }
      return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
    return string(value)
  }

  private static func skills(_ value: Any?) -> [String] {
    if let array = value as? [Any] { return array.flatMap { skills($0) } }
    if let object = value as? [String: Any], let name = string(object["name"]) { return [name] }
    guard let text = string(value) else { return [] }
    return text.split(whereSeparator: { $0 == "," || $0 == ";" }).map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
  }
}
