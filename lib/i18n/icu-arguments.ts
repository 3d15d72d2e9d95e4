/** Argument names of an ICU message: {name}, {name, plural, …}, {name, date, long}. */
export function icuArguments(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*(?:,|\})/g)].map((match) => match[1]!))].sort();
}
