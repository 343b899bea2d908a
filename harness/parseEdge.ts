/** An edge of a compiled machine, split out of its key `from --TYPE--> to`. */
export interface Edge {
  from: string;
  type: string;
  to: string;
  key: string;
}

/** Splits an edge key (as `edgeKey` writes it) into its parts. */
export function parseEdge(key: string): Edge {
  const match = /^(.*) --(\w+)--> (.*)$/.exec(key);
  if (!match) throw new Error(`not an edge key: ${key}`);
  return { from: match[1]!, type: match[2]!, to: match[3]!, key };
}

/** The key of a transition pair: the first edge, then the next one out of where it led. */
export const pairKey = (first: Edge, next: Edge): string =>
  `${first.key} --${next.type}--> ${next.to}`;
