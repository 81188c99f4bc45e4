import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { asyncApiDocument } from './asyncapi-document';

/** The text of docs/asyncapi.yaml. */
export function asyncApiYaml(): string {
  return (
    '# Generated from libs/contracts by `npm run asyncapi`; do not edit by hand (a test compares it).\n' +
    stringify(asyncApiDocument(), { lineWidth: 0, aliasDuplicateObjects: false })
  );
}

/** `npm run asyncapi`: writes docs/asyncapi.yaml at the root of the checkout given (default: the current folder). */
if (require.main === module) {
  const target = join(process.argv[2] ?? process.cwd(), 'docs', 'asyncapi.yaml');
  writeFileSync(target, asyncApiYaml());
  console.log(`wrote ${target}`);
}
