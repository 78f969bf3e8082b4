import { Session } from 'abstractllm';

interface TenantSettings {
  name: string;
  provider?: string;
  model?: string;
  tools: boolean;
}

const fallbackProvider = 'openai';

export function sessionForTenant(settings: TenantSettings): Session {
  return new Session({ provider: settings.provider || fallbackProvider, model: settings.model, enableReact: settings.tools });
}

export async function main() {
  const tenants: TenantSettings[] = [
    { name: 'acme', provider: 'anthropic', model: 'claude-3-opus', tools: true },
    { name: 'globex', tools: false },
  ];
  const replies: Record<string, string> = {};
  for (const tenant of tenants) {
    const session: Session = sessionForTenant(tenant);
    replies[tenant.name] = (await session.generate(`Welcome ${tenant.name}`, { useTools: tenant.tools })).content;
  }
  return replies;
}
