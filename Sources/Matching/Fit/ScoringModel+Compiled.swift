import Analysis

extension ScoringModel {
  /// Writes the model as a compiled lexicon keeps it, every number by its bits.
  package func write(to writer: inout CompiledWriter) {
    for value in [weights.skills, weights.competencies, weights.requirements, weights.text] { writer.write(value) }
    let shape = skillShape
    for value in [shape.coverage, shape.focus, shape.cosine, shape.specialty] { writer.write(value) }
    writer.write(shape.generalCategories)
    writer.write(shape.requiredBoost)
    writer.write(shape.unlinkedOccupations)
    writer.write(shape.composites.count)
    for composite in shape.composites {
      writer.write(composite.category)
      writer.write(composite.of)
    }
    writer.write(shape.generalEscoTypes)
    writer.write(shape.recency != nil)
    if let recency = shape.recency {
      writer.write(recency.halfLifeYears)
      writer.write(recency.floor)
    }
    writer.write(contentScale)
    writer.write(family.other)
    writer.write(family.shareFull)
    writer.write(family.affinities.count)
    for affinity in family.affinities {
      writer.write(affinity.a)
      writer.write(affinity.b)
      writer.write(affinity.value)
      writer.write(affinity.reason)
    }
    writer.write(levelFit)
    for value in [levelFloor, unknownLevel, specialtyGate, textSaturation, fullCoverageHits] { writer.write(value) }
    writer.write(provenance)
    let limits = thresholds
    for value in [
      limits.matchedStrength, limits.shownStrength, limits.preferredWeight, limits.equivalentExperienceYears,
    ] {
      writer.write(value)
    }
    writer.write(limits.keywordLimit)
  }

  /// Reads a model ``write(to:)`` wrote.
  ///
  /// - Throws: ``CompiledReader/Damaged`` when the bytes do not read as one, or as one that passes the checks
  ///   of ``decode(_:path:)``.
  package init(from reader: inout CompiledReader) throws(CompiledReader.Damaged) {
    let weights = Weights(
      skills: try reader.readDouble(), competencies: try reader.readDouble(), requirements: try reader.readDouble(),
      text: try reader.readDouble())
    let coverage = try reader.readDouble()
    let focus = try reader.readDouble()
    let cosine = try reader.readDouble()
    let specialty = try reader.readDouble()
    let generalCategories = try reader.readStrings()
    let requiredBoost = try reader.readDouble()
    let unlinkedOccupations = try reader.readDouble()
    var composites: [CompositeCategory] = []
    for _ in 0..<(try reader.readCount(minimumSize: 8)) {
      composites.append(CompositeCategory(category: try reader.readString(), of: try reader.readStringLists()))
    }
    var shape = SkillShape(
      coverage: coverage, focus: focus, cosine: cosine, specialty: specialty, generalCategories: generalCategories,
      requiredBoost: requiredBoost, unlinkedOccupations: unlinkedOccupations, composites: composites)
    shape.generalEscoTypes = try reader.readStrings()
    if try reader.readBool() {
      shape.recency = Recency(halfLifeYears: try reader.readDouble(), floor: try reader.readDouble())
    }
    let contentScale = try reader.readDouble()
    let other = try reader.readDouble()
    let shareFull = try reader.readDouble()
    var affinities: [Affinity] = []
    for _ in 0..<(try reader.readCount(minimumSize: 20)) {
      affinities.append(
        Affinity(
          a: try reader.readString(), b: try reader.readString(), value: try reader.readDouble(),
          reason: try reader.readString()))
    }
    let levelFit = try reader.readDoubles()
    let levelFloor = try reader.readDouble()
    let unknownLevel = try reader.readDouble()
    let specialtyGate = try reader.readDouble()
    let textSaturation = try reader.readDouble()
    let fullCoverageHits = try reader.readDouble()
    let provenance = try reader.readString()
    let thresholds = Thresholds(
      matchedStrength: try reader.readDouble(), shownStrength: try reader.readDouble(),
      preferredWeight: try reader.readDouble(), equivalentExperienceYears: try reader.readDouble(),
      keywordLimit: try reader.readInt())
    self.init(
      weights: weights, skillShape: shape, contentScale: contentScale,
      family: FamilyGate(other: other, shareFull: shareFull, affinities: affinities), levelFit: levelFit,
      levelFloor: levelFloor, unknownLevel: unknownLevel, textSaturation: textSaturation,
      fullCoverageHits: fullCoverageHits, provenance: provenance, specialtyGate: specialtyGate,
      thresholds: thresholds)
    // Only a checked model is compiled; one that no longer passes the checks was damaged.
    guard (try? check(path: "")) != nil else { throw CompiledReader.Damaged() }
  }
}
