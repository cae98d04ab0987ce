// The portal floor: the login floor plus Firestore with the persistent multi-tab cache (the
// portal works offline, so its floor pays for that too), signing in and listening to one
// document (at once when a session is restored). The app's portal pages are measured against it.
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, GoogleAuthProvider, onAuthStateChanged, signInWithCredential } from 'firebase/auth';
import { connectFirestoreEmulator, doc, initializeFirestore, onSnapshot, persistentLocalCache, persistentMultipleTabManager } from 'firebase/firestore';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const projectId = import.meta.env.VITE_PROJECT_ID || 'demo-agency-os';
const app = initializeApp({ apiKey: 'demo-api-key', projectId, appId: 'floor' });
const auth = getAuth(app);
connectAuthEmulator(auth, `http://${import.meta.env.VITE_AUTH_EMULATOR || '127.0.0.1:9099'}`, { disableWarnings: true });
const db = initializeFirestore(app, { localCache: persistentLocalCache({ tabManager: persistentMultipleTabManager() }) });
const [host = '127.0.0.1', port = '8080'] = (import.meta.env.VITE_FIRESTORE_EMULATOR || '127.0.0.1:8080').split(':');
connectFirestoreEmulator(db, host, Number(port));

function App() {
  const [title, setTitle] = useState<string | null>(null);
  // Signed in (now or in an earlier visit): listen to the document.
  useEffect(
    () =>
      onAuthStateChanged(auth, (user) => {
        if (user) onSnapshot(doc(db, 'companies/acme/projects/website-redesign'), (snap) => setTitle(String(snap.get('name'))));
      }),
    [],
  );
  async function signIn() {
    const email = new URLSearchParams(location.search).get('email') || 'carol@acme.test';
    const credential = GoogleAuthProvider.credential(JSON.stringify({ sub: email, email, email_verified: true }));
    await signInWithCredential(auth, credential);
  }
  return title ? <main data-ready>{title}</main> : <button onClick={() => void signIn()}>Sign in</button>;
}

createRoot(document.getElementById('root')!).render(<App />);
