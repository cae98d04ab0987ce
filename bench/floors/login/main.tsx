// The login floor: React + react-dom + Firebase Auth and one sign-in button. Nothing smaller
// can sign a user in with Firebase; the app's /login is measured against it.
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, GoogleAuthProvider, signInWithCredential } from 'firebase/auth';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const projectId = import.meta.env.VITE_PROJECT_ID || 'demo-agency-os';
const app = initializeApp({ apiKey: 'demo-api-key', projectId, appId: 'floor' });
const auth = getAuth(app);
connectAuthEmulator(auth, `http://${import.meta.env.VITE_AUTH_EMULATOR || '127.0.0.1:9099'}`, { disableWarnings: true });

function App() {
  const [name, setName] = useState<string | null>(null);
  async function signIn() {
    const email = new URLSearchParams(location.search).get('email') || 'carol@acme.test';
    const credential = GoogleAuthProvider.credential(JSON.stringify({ sub: email, email, email_verified: true }));
    const result = await signInWithCredential(auth, credential);
    setName(result.user.displayName || result.user.email);
  }
  return name ? <main data-ready>Signed in as {name}</main> : <button onClick={() => void signIn()}>Sign in</button>;
}

createRoot(document.getElementById('root')!).render(<App />);
