// Holds a documented JSON Schema (an OpenAPI response's data) to one of the official SDK's field
// tables: every declared field is a required property (unless the SDK marks it optional), its type
// admits the field's kind, null only where the SDK allows it (never-null where the SDK allows null is
// narrower, so fine), and enum values within the SDK's.
import { OFFICIAL_SDK_FIELD_TABLES, type FieldKind, type FieldSpec, type ObjectName } from "./official-sdk-field-tables";

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
};

const JSON_TYPE_OF_KIND: Record<FieldKind | "object" | "list", string | null> = {
  string: "string",
  time: "string",
  integer: "integer",
  number: "number",
  boolean: "boolean",
  stringMap: "object",
  stringList: "array",
  unknown: null,
  object: "object",
  list: "array",
};

export function openApiFieldProblems(name: ObjectName, schema: JsonSchema | undefined, path: string = name): string[] {
  const object = branches(schema).find((branch) => typesOf(branch).has("object"));
  if (!object?.properties) return [`${path}: not documented as an object with properties`];
  const required = new Set(object.required ?? []);
  return Object.entries(OFFICIAL_SDK_FIELD_TABLES[name]).flatMap(([field, spec]) => {
    const fieldPath = `${path}.${field}`;
    const property = object.properties?.[field];
    if (!property) return spec.optional ? [] : [`${fieldPath}: not documented`];
    const problems = spec.optional || required.has(field) ? [] : [`${fieldPath}: documented as optional`];
    return [...problems, ...propertyProblems(spec, property, fieldPath)];
  });
}

function propertyProblems(spec: FieldSpec, property: JsonSchema, path: string): string[] {
  const types = new Set(branches(property).flatMap((branch) => [...typesOf(branch)]));
  const isOpen = types.size === 0;
  const expected = JSON_TYPE_OF_KIND[spec.kind];
  const problems: string[] = [];
  if (!spec.nullable && types.has("null")) problems.push(`${path}: documented nullable, the SDK declares it never null`);
  const admitsKind = isOpen || expected === null || types.has(expected) || (expected === "number" && types.has("integer"));
  if (!admitsKind) problems.push(`${path}: documented as ${[...types].join(" | ")}, the SDK declares ${spec.kind}`);
  const valueBranch = branches(property).find((branch) => !typesOf(branch).has("null")) ?? branches(property)[0];
  const outside = spec.oneOf ? (valueBranch?.enum ?? []).filter((value) => !spec.oneOf?.includes(value as string)) : [];
  if (outside.length > 0) problems.push(`${path}: documents ${outside.join(", ")}, outside the SDK's values`);
  if (spec.table && valueBranch) {
    const nested = spec.kind === "list" ? valueBranch.items : valueBranch;
    problems.push(...openApiFieldProblems(spec.table, nested, spec.kind === "list" ? `${path}[]` : path));
  }
  return problems;
}

/** A schema's alternatives: itself, or each member of its anyOf / oneOf. */
function branches(schema: JsonSchema | undefined): JsonSchema[] {
  if (!schema) return [];
  const members = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  return members.length > 0 ? members.flatMap(branches) : [schema];
}

function typesOf(schema: JsonSchema): Set<string> {
  if (schema.type === undefined) return new Set();
  return new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
}
