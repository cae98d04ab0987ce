/**
 * The Emulator Hub (`emulators:exec` sets FIREBASE_EMULATOR_HUB; else the default port plus
 * EMULATOR_PORT_OFFSET): turns the Functions emulator's background triggers off (after the
 * queued ones have run) or back on (the emulator reloads the functions). Used where many
 * documents are written that no trigger should act on: the rules suite, growing an agency.
 */
function hubOrigin(): string {
  if (process.env.FIREBASE_EMULATOR_HUB) return `http://${process.env.FIREBASE_EMULATOR_HUB}`;
  return `http://127.0.0.1:${4400 + Number(process.env.EMULATOR_PORT_OFFSET || 0)}`;
}

/** True when done; false when no Functions emulator is running (e.g. EMULATORS_ONLY=firestore). */
export async function setBackgroundTriggers(enabled: boolean): Promise<boolean> {
  const response = await fetch(`${hubOrigin()}/functions/${enabled ? 'enable' : 'disable'}BackgroundTriggers`, { method: 'PUT' });
  if (response.status === 400) return false;
  if (!response.ok) throw new Error(`Could not ${enabled ? 'enable' : 'disable'} the Functions emulator's triggers (${response.status}): ${await response.text()}`);
  return true;
}
