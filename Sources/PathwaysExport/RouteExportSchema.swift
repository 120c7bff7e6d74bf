/// The JSON Schema of the route export, version 1, for tools that want it at run time
/// (`pathways export --schema`). The documented artifact is `route-export.schema.json` beside
/// this file; a test checks the two are identical.
public enum RouteExportSchema {
    /// The schema's `$id`, the same as `RouteExport.schemaID`.
    public static let id = RouteExport.schemaID

    /// The schema text, byte for byte the same as `route-export.schema.json`.
    public static let json = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://pathways.example/route-export/v1",
  "title": "Pathways route export, version 1",
  "description": "A learning and careers pathway exported by Pathways: the steps in order, the job at the end, totals, the content version, and the sources its facts rest on. Money is whole pounds (GBP). Levels are RQF codes: E1-E3, 1-8. Optional fields are left out when not known.",
  "type": "object",
  "additionalProperties": false,
  "required": ["schema", "version", "generatedAt", "content", "profileApplied", "steps", "job", "totals", "providers", "fundingSchemes", "sources", "notes", "nextActions", "illustrativeNote"],
  "properties": {
    "schema": { "const": "https://pathways.example/route-export/v1", "description": "The schema this document follows." },
    "version": { "const": 1, "description": "Format version. A change that breaks readers bumps it." },
    "generatedAt": { "type": "string", "description": "When the export was made, as printed on it." },
    "content": {
      "type": "object",
      "additionalProperties": false,
      "required": ["title", "version", "date"],
      "properties": {
        "title": { "type": "string" },
        "version": { "type": "string" },
        "date": { "type": "string", "description": "ISO date the content was last reviewed." },
        "licence": { "type": "string", "description": "The attribution the Open Government Licence v3.0 asks for." }
      }
    },
    "startingPoint": { "type": "string", "description": "The resident's starting point in words. Absent when no profile was entered." },
    "profileApplied": { "type": "boolean", "description": "True when steps carry a costing for this resident." },
    "steps": { "type": "array", "items": { "$ref": "#/$defs/step" } },
    "job": { "$ref": "#/$defs/job" },
    "totals": {
      "type": "object",
      "additionalProperties": false,
      "required": ["steps", "weeks", "typicalFees"],
      "properties": {
        "steps": { "type": "integer", "minimum": 0 },
        "weeks": { "type": "integer", "minimum": 0 },
        "typicalFees": { "type": "integer", "minimum": 0, "description": "Sum of typical fees before funding." },
        "costToLearner": { "type": "integer", "description": "Sum of the costings. Absent when no profile was set." }
      }
    },
    "providers": { "type": "array", "items": { "$ref": "#/$defs/provider" } },
    "fundingSchemes": { "type": "array", "items": { "$ref": "#/$defs/fundingScheme" } },
    "sources": { "type": "array", "items": { "$ref": "#/$defs/source" } },
    "notes": { "type": "array", "items": { "type": "string" }, "description": "Adviser notes." },
    "nextActions": { "type": "array", "items": { "type": "string" } },
    "illustrativeNote": { "type": "string", "description": "The wording shown beside illustrative records." }
  },
  "$defs": {
    "id": { "type": "string", "minLength": 1, "description": "A stable content ID." },
    "level": { "enum": ["E1", "E2", "E3", "1", "2", "3", "4", "5", "6", "7", "8"] },
    "step": {
      "type": "object",
      "additionalProperties": false,
      "required": ["order", "id", "title", "kind", "level", "levelLabel", "weeks", "modes", "typicalFee", "fundingText", "fundingSchemes", "providers", "entry", "summary", "sources", "illustrative"],
      "properties": {
        "order": { "type": "integer", "minimum": 1 },
        "id": { "$ref": "#/$defs/id" },
        "title": { "type": "string" },
        "kind": { "enum": ["qualification", "course", "apprenticeship", "bootcamp", "programme", "degree"] },
        "level": { "$ref": "#/$defs/level" },
        "levelLabel": { "type": "string" },
        "code": { "type": "string", "description": "Official reference, such as an apprenticeship standard." },
        "weeks": { "type": "integer", "minimum": 0 },
        "modes": { "type": "array", "items": { "enum": ["full-time", "part-time", "evening", "online", "work-based"] } },
        "typicalFee": { "type": "integer", "minimum": 0 },
        "costing": { "$ref": "#/$defs/costing" },
        "fundingText": { "type": "string" },
        "fundingSchemes": { "type": "array", "items": { "$ref": "#/$defs/id" }, "description": "IDs into fundingSchemes." },
        "providers": { "type": "array", "items": { "$ref": "#/$defs/id" }, "description": "IDs into providers." },
        "entry": {
          "type": "object",
          "additionalProperties": false,
          "required": ["text"],
          "properties": {
            "text": { "type": "string" },
            "minimumLevel": { "$ref": "#/$defs/level" },
            "englishMaths": { "$ref": "#/$defs/level" },
            "minimumAge": { "type": "integer", "minimum": 0 },
            "maximumAge": { "type": "integer", "minimum": 0 },
            "maximumAgeExtended": { "type": "integer", "minimum": 0, "description": "A higher maximumAge for residents in any of maximumAgeExtendedFor." },
            "maximumAgeExtendedFor": { "type": "array", "items": { "type": "string" }, "description": "Circumstances that raise the limit: ehc-plan, care-leaver." }
          }
        },
        "moveRequirement": { "type": "string" },
        "summary": { "type": "string" },
        "sources": { "type": "array", "items": { "$ref": "#/$defs/id" }, "description": "IDs into sources." },
        "illustrative": { "type": "boolean" }
      }
    },
    "costing": {
      "type": "object",
      "additionalProperties": false,
      "required": ["costToLearner", "reason", "open"],
      "properties": {
        "costToLearner": { "type": "integer", "minimum": 0 },
        "schemeId": { "$ref": "#/$defs/id" },
        "reason": { "type": "string" },
        "sourceId": { "$ref": "#/$defs/id" },
        "ruleDates": { "type": "string", "description": "The deciding funding rule's dates of effect, in words." },
        "open": { "type": "boolean" },
        "whyClosed": { "type": "string" }
      }
    },
    "job": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "title", "minimumLevel", "clusters", "summary", "sources", "illustrative"],
      "properties": {
        "id": { "$ref": "#/$defs/id" },
        "title": { "type": "string" },
        "soc": { "type": "string", "description": "SOC 2020 unit group. Absent when not known." },
        "minimumLevel": { "$ref": "#/$defs/level" },
        "clusters": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["id", "title"],
            "properties": { "id": { "$ref": "#/$defs/id" }, "title": { "type": "string" } }
          }
        },
        "pay": {
          "type": "object",
          "additionalProperties": false,
          "required": ["median", "year", "sourceId", "lessPrecise", "label"],
          "description": "Median gross annual pay. Absent when not known.",
          "properties": {
            "median": { "type": "integer", "minimum": 0 },
            "year": { "type": "integer" },
            "sourceId": { "$ref": "#/$defs/id" },
            "lessPrecise": { "type": "boolean" },
            "label": { "type": "string" }
          }
        },
        "summary": { "type": "string" },
        "sources": { "type": "array", "items": { "$ref": "#/$defs/id" } },
        "illustrative": { "type": "boolean" }
      }
    },
    "provider": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "title", "illustrative"],
      "properties": {
        "id": { "$ref": "#/$defs/id" },
        "title": { "type": "string" },
        "kind": { "enum": ["college", "university", "training-provider", "employer", "public-service"] },
        "borough": { "enum": ["birmingham", "coventry", "dudley", "sandwell", "solihull", "walsall", "wolverhampton", "outside-wmca"] },
        "boroughLabel": { "type": "string" },
        "url": { "type": "string" },
        "illustrative": { "type": "boolean" }
      }
    },
    "fundingScheme": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "title", "outcome", "reason", "illustrative"],
      "properties": {
        "id": { "$ref": "#/$defs/id" },
        "title": { "type": "string" },
        "outcome": { "enum": ["free", "paid-training", "loan", "bursary"] },
        "reason": { "type": "string" },
        "from": { "type": "string", "description": "First day of effect, YYYY-MM-DD." },
        "until": { "type": "string", "description": "Last day of effect, YYYY-MM-DD; absent while no end is announced." },
        "illustrative": { "type": "boolean" }
      }
    },
    "source": {
      "type": "object",
      "additionalProperties": false,
      "required": ["number", "id", "title", "publisher", "url", "date", "known"],
      "properties": {
        "number": { "type": "integer", "minimum": 1, "description": "The footnote number used in the other formats." },
        "id": { "$ref": "#/$defs/id" },
        "title": { "type": "string" },
        "publisher": { "type": "string" },
        "url": { "type": "string" },
        "date": { "type": "string" },
        "note": { "type": "string" },
        "known": { "type": "boolean", "description": "False when the ID is not in the content." }
      }
    }
  }
}

"""#
}
