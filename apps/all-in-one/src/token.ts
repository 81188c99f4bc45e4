import { parseArgs } from 'node:util';
import type { Role } from '@kravspar/domain/kernel';
import { loadSettings } from '@kravspar/config';
import { loadOrCreateDevKeyPair, mintDevToken } from '@kravspar/http';

const ROLES: readonly Role[] = ['procurement-officer', 'buyer', 'social-welfare', 'labour-market', 'supplier', 'auditor', 'admin'];
const USAGE = `Usage: npm run token -- --role <role> [--unit <unitId>] [--supplier <supplierId>] [--user <userId>] [--expires <e.g. 12h>]
Roles: ${ROLES.join(', ')}
Mints a development token signed with the key under DATA_DIR (./.data by default); the token is the last line.`;

/** `npm run token`: a development token for the all-in-one default (api.md §Conventions). */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      unit: { type: 'string' },
      supplier: { type: 'string' },
      user: { type: 'string' },
      expires: { type: 'string', default: '12h' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(USAGE);
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) throw new Error(`--role must be one of: ${ROLES.join(', ')}`);
  if (role === 'supplier' && !values.supplier) throw new Error('a supplier token needs --supplier <supplierId>');
  if (role !== 'supplier' && !values.unit) throw new Error(`a ${role} token needs --unit <unitId>`);
  const keys = await loadOrCreateDevKeyPair(loadSettings().DATA_DIR);
  const userId = values.user ?? `${role}-dev`;
  const token = await mintDevToken(keys, { role, userId, unitId: values.unit, supplierId: values.supplier }, values.expires);
  console.log(`role=${role} unit=${values.unit ?? '-'} supplier=${values.supplier ?? '-'} user=${userId} expires in ${values.expires}`);
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
});
