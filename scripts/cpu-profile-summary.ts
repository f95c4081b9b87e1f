// Summarises a V8 .cpuprofile: self time by area and the functions with the most self time.
export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
};

/** `window`: only the samples from `skipMs` after the profile's start, for `spanMs` (the measured load, not start-up). */
export function summarizeCpuProfile(profile: CpuProfile, projectRoot: string, window: { skipMs: number; spanMs: number }, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  let elapsedMicros = 0;
  profile.samples.forEach((id, index) => {
    elapsedMicros += profile.timeDeltas[index] ?? 0;
    if (elapsedMicros < window.skipMs * 1000 || elapsedMicros > (window.skipMs + window.spanMs) * 1000) return;
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const area = areaOf(frame.url, frame.functionName, projectRoot);
    areas.set(area, (areas.get(area) ?? 0) + micros);
    const name = `${frame.functionName || "(anonymous)"}  ${shortUrl(frame.url, projectRoot)}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const busy = total - (areas.get("(idle)") ?? 0);
  const rows = (entries: Map<string, number>, limit: number) =>
    [...entries.entries()]
      .sort(([, a], [, b]) => b - a)
      .slice(0, limit)
      .map(([name, micros]) => `${((micros / total) * 100).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`);
  return [
    `sampled ${(total / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s (${((busy / total) * 100).toFixed(0)} %)`,
    "",
    "self time by area:",
    ...rows(areas, 20),
    "",
    `top ${top} functions by self time:`,
    ...rows(functions, top),
  ].join("\n");
}

function areaOf(url: string, functionName: string, projectRoot: string): string {
  if (functionName === "(idle)" || functionName === "(program)" || functionName === "(garbage collector)") return functionName;
  if (url === "") return "(native/V8)";
  if (url.startsWith("node:")) return "node: internals";
  const path = url.replace(/^file:\/\//, "");
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inModules?.[1]) {
    if (inModules[1] === "next") {
      const part = /next\/dist\/(compiled\/[^/]+|server\/[^/]+|[^/]+)/.exec(path);
      return `next (${part?.[1] ?? "?"})`;
    }
    return inModules[1];
  }
  if (path.includes("/.next/server/")) return "app bundle (.next/server)";
  if (path.startsWith(projectRoot))
    return `project ${path
      .slice(projectRoot.length + 1)
      .split("/")
      .slice(0, 2)
      .join("/")}`;
  return path;
}

function shortUrl(url: string, projectRoot: string): string {
  return url
    .replace(/^file:\/\//, "")
    .replace(projectRoot + "/", "")
    .replace(/^.*node_modules\//, "~/");
}
