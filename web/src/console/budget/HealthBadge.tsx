import type { ProjectHealth } from '@model';
import { Badge, type Tone } from '../../components/ui';
import { HEALTH_LABELS } from './health';

const HEALTH_TONES: Record<ProjectHealth, Tone> = { on_track: 'success', needs_attention: 'warning', critical: 'danger' };

export function HealthBadge({ health }: { health: ProjectHealth }) {
  return <Badge tone={HEALTH_TONES[health]}>{HEALTH_LABELS[health]}</Badge>;
}
