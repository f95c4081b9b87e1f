// Holds a value to one of the official SDK's field tables (lib/sdk-compat/official-sdk-field-tables.ts)
// and names every way it falls short: a declared field absent, null where the SDK does not allow it,
// of another kind, or a value outside the SDK's list. Extra fields are not problems.
import { OFFICIAL_SDK_FIELD_TABLES, type FieldKind, type FieldSpec, type ObjectName } from "./official-sdk-field-tables";

const ISO_UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Every problem of `value` as the `name` object, each prefixed with its path (`invoice.lines[0].metadata`). */
export function fieldTableProblems(name: ObjectName, value: unknown, path: string = name): string[] {
  if (!isRecord(value)) return [`${path}: expected an object, got ${describe(value)}`];
  return Object.entries(OFFICIAL_SDK_FIELD_TABLES[name]).flatMap(([field, spec]) => {
    const fieldPath = `${path}.${field}`;
    if (!Object.hasOwn(value, field)) return spec.optional ? [] : [`${fieldPath}: missing (the SDK declares it; null when empty)`];
    return specProblems(spec, value[field], fieldPath);
  });
}

function specProblems(spec: FieldSpec, value: unknown, path: string): string[] {
  if (value === null) return spec.nullable ? [] : [`${path}: null, but the SDK declares it never null`];
  if (value === undefined) return [`${path}: undefined`];
  if (spec.kind === "object") return fieldTableProblems(tableOf(spec), value, path);
  if (spec.kind === "list") {
    if (!Array.isArray(value)) return [`${path}: expected an array, got ${describe(value)}`];
    return value.flatMap((item, index) => fieldTableProblems(tableOf(spec), item, `${path}[${index}]`));
  }
  if (!isOfKind(spec.kind, value)) return [`${path}: expected ${spec.kind}, got ${describe(value)}`];
  if (spec.oneOf && !spec.oneOf.includes(value as string)) return [`${path}: ${JSON.stringify(value)} is not one of ${spec.oneOf.join(", ")}`];
  return [];
}

function isOfKind(kind: FieldKind, value: unknown): boolean {
  switch (kind) {
    case "string":
      return typeof value === "string";
    case "time":
      return typeof value === "string" && ISO_UTC_TIME.test(value) && !Number.isNaN(Date.parse(value));
    case "integer":
      return Number.isSafeInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "stringMap":
      return isRecord(value) && Object.values(value).every((entry) => typeof entry === "string");
    case "stringList":
      return Array.isArray(value) && value.every((entry) => typeof entry === "string");
    case "unknown":
      return true;
  }
}

function tableOf(spec: FieldSpec): ObjectName {
  if (!spec.table) throw new Error(`a ${spec.kind} field needs its table`);
  return spec.table;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "an array" : typeof value;
}
