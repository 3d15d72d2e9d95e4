import { getTranslations } from 'next-intl/server';
import { DataTable, td, th } from '@/components/ui/table';
import { Section } from '@/components/ui/section';
import { summarizeSchema } from '@/lib/api/display';
import { API_BASE, type OperationId } from '@/lib/api/endpoints';
import type { ApiExamples } from '@/lib/api/examples';
import type { OpenApiDocument, Operation, Parameter } from '@/lib/api/openapi';
import { CodeBlock } from './code-block';

type Translator = Awaited<ReturnType<typeof getTranslations<'ApiReference'>>>;

function typeOf(parameter: Parameter, t: Translator): string {
  const summary = summarizeSchema(parameter.schema);
  const facts = [summary.type];
  if (summary.isDate) facts.push(t('constraint.date'));
  if (summary.isSlug) facts.push(t('constraint.slug'));
  if (summary.enumValues) facts.push(t('constraint.oneOf', { values: summary.enumValues.join(', ') }));
  if (summary.minimum !== null && summary.maximum !== null)
    facts.push(t('constraint.range', { min: String(summary.minimum), max: String(summary.maximum) }));
  if (summary.maxLength !== null && !summary.isSlug) facts.push(t('constraint.maxLength', { max: summary.maxLength }));
  if (summary.defaultValue !== null) facts.push(t('constraint.default', { value: summary.defaultValue }));
  return facts.join(' · ');
}

/** The schema a 200 answers with, by its name in the document. */
function responseSchema(operation: Operation): string | null {
  const ok = operation.responses[200] as { content?: Record<string, { schema?: { $ref?: string } }> } | undefined;
  const ref = ok?.content?.['application/json']?.schema?.$ref;
  return ref ? ref.replace('#/components/schemas/', '') : null;
}

async function EndpointSection({
  path,
  operation,
  example,
}: {
  path: string;
  operation: Operation;
  example?: ApiExamples['endpoints'][OperationId];
}) {
  const t = await getTranslations('ApiReference');
  const id = operation.operationId;
  const schema = responseSchema(operation);
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-4 border-t border-line pt-6">
      <h3 id={`${id}-heading`} className="text-lg font-bold">
        {operation.summary}
      </h3>
      <p className="mt-1 font-mono text-sm break-all">
        GET {API_BASE}
        {path}
      </p>
      <p className="mt-2">{operation.description}</p>
      {schema ? <p className="mt-2 text-sm text-ink-soft">{t('endpoints.responseSchema', { schema })}</p> : null}
      <div className="mt-4">
        {operation.parameters.length === 0 ? (
          <p>{t('endpoints.none')}</p>
        ) : (
          <DataTable caption={t('endpoints.parametersCaption', { path: `${API_BASE}${path}` })} isCaptionVisible>
            <thead>
              <tr>
                {(['name', 'in', 'type', 'required', 'description'] as const).map((column) => (
                  <th key={column} scope="col" className={th}>
                    {t(`endpoints.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {operation.parameters.map((parameter) => (
                <tr key={`${parameter.in}-${parameter.name}`}>
                  <th scope="row" className={`${td} font-normal whitespace-nowrap`}>
                    <code>{parameter.name}</code>
                  </th>
                  <td className={`${td} whitespace-nowrap`}>{parameter.in}</td>
                  <td className={`${td} min-w-40`}>{typeOf(parameter, t)}</td>
                  <td className={`${td} whitespace-nowrap`}>{parameter.required ? t('endpoints.yes') : t('endpoints.no')}</td>
                  <td className={`${td} min-w-56`}>{parameter.description}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </div>
      {example ? (
        <>
          <h4 className="mt-4 font-semibold">{t('endpoints.exampleRequest')}</h4>
          <p className="mt-1 break-all">
            <a href={example.url}>
              <code>GET {example.url}</code>
            </a>
          </p>
          <h4 className="mt-4 mb-1 font-semibold">{example.response ? t('endpoints.exampleResponse') : t('endpoints.documentExample')}</h4>
          {example.response ? <CodeBlock label={`${t('endpoints.exampleResponse')}: ${example.url}`}>{example.response}</CodeBlock> : null}
        </>
      ) : null}
    </section>
  );
}

/** Every endpoint of the document: what it answers, its parameters, an example. */
export async function EndpointReference({ document, examples }: { document: OpenApiDocument; examples: ApiExamples['endpoints'] }) {
  const t = await getTranslations('ApiReference');
  const paths = Object.entries(document.paths);
  return (
    <Section id="endpoints" title={t('endpoints.title')}>
      <nav aria-label={t('endpoints.jumpTo')}>
        <ul className="grid gap-1 sm:grid-cols-2">
          {paths.map(([path, { get }]) => (
            <li key={path} className="break-all">
              <a href={`#${get.operationId}`}>{get.summary}</a> <code className="text-sm text-ink-soft">{path}</code>
            </li>
          ))}
        </ul>
      </nav>
      {paths.map(([path, { get }]) => (
        <EndpointSection key={path} path={path} operation={get} example={examples[get.operationId as OperationId]} />
      ))}
    </Section>
  );
}
