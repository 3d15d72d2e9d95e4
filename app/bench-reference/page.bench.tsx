/** Nothing on it: what remains is the framework's own cost of serving a prerendered page. */
export default function BenchReferencePage() {
  return <main />;
}
