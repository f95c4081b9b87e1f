// The request targets a client may have sent, given the one the server sees (docs/api.md §2.3).
// Next.js hands the proxy and route handlers the URL after the WHATWG URL parser has read it, and
// that parser percent-encodes a few characters that clients may send raw: in the path `"` `<` `>`
// `` ` `` `{` `}`, in the query `"` `'` `<` `>`. It never decodes nor re-encodes anything else, so
// the target as sent is the seen one with some of those escapes (always upper-case hex) written back
// as the raw character. Every such spelling names the same resource and parameters, so a signature
// over any of them is a signature over this request; anything else (a parameter added, dropped or
// reordered) matches none.
const PATH_ESCAPES: Record<string, string> = { "%22": '"', "%3C": "<", "%3E": ">", "%60": "`", "%7B": "{", "%7D": "}" };
const QUERY_ESCAPES: Record<string, string> = { "%22": '"', "%27": "'", "%3C": "<", "%3E": ">" };
/** Past this many escapes only the two uniform spellings are tried (all escaped, all raw): at most 2^6 HMACs a request. */
const MAX_ENUMERATED_ESCAPES = 6;

/** The seen target first, then every other spelling that the URL parser would have read as it. */
export function targetSpellings(seen: string): string[] {
  const queryStart = seen.indexOf("?");
  const path = queryStart === -1 ? seen : seen.slice(0, queryStart);
  const query = queryStart === -1 ? null : seen.slice(queryStart);
  const pieces = [...splitEscapes(path, PATH_ESCAPES), ...(query === null ? [] : splitEscapes(query, QUERY_ESCAPES))];
  const escapes = pieces.filter((piece) => piece.raw !== null);
  if (escapes.length === 0) return [seen];
  const spell = (isRaw: (index: number) => boolean) => {
    let index = 0;
    return pieces.map((piece) => (piece.raw === null ? piece.text : isRaw(index++) ? piece.raw : piece.text)).join("");
  };
  if (escapes.length > MAX_ENUMERATED_ESCAPES) return [seen, spell(() => true)];
  const spellings: string[] = [];
  for (let mask = 0; mask < 2 ** escapes.length; mask++) spellings.push(spell((index) => (mask & (1 << index)) !== 0));
  return spellings;
}

type Piece = { text: string; raw: string | null };

function splitEscapes(part: string, escapes: Record<string, string>): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of part.matchAll(/%[0-9A-F]{2}/g)) {
    const raw = escapes[match[0]];
    if (raw === undefined) continue;
    if (match.index > last) pieces.push({ text: part.slice(last, match.index), raw: null });
    pieces.push({ text: match[0], raw });
    last = match.index + 3;
  }
  if (last < part.length) pieces.push({ text: part.slice(last), raw: null });
  return pieces;
}
