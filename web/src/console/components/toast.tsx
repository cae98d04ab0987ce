/** Short confirmations and refusals ("Invitation sent to dave@acme.test"), bottom-left. */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { CheckCircleIcon, XCircleIcon } from './icons';

interface Toast {
  id: number;
  tone: 'success' | 'error';
  message: string;
}

interface ToastApi {
  success: (message: string) => void;
  error: (message: string) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(0);

  const push = useCallback((tone: Toast['tone'], message: string) => {
    const id = ++next.current;
    setToasts((list) => [...list.slice(-3), { id, tone, message }]);
    setTimeout(() => setToasts((list) => list.filter((t) => t.id !== id)), tone === 'error' ? 8000 : 4000);
  }, []);

  const api = useMemo<ToastApi>(() => ({ success: (m) => push('success', m), error: (m) => push('error', m) }), [push]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="stack cx-toasts gap-8" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`row top cx-toast cx-toast-${toast.tone} gap-10`} role={toast.tone === 'error' ? 'alert' : 'status'}>
            {toast.tone === 'success' ? <CheckCircleIcon /> : <XCircleIcon />}
            <span>{toast.message}</span>
            <button type="button" className="cx-toast-close" aria-label="Dismiss" onClick={() => setToasts((list) => list.filter((t) => t.id !== toast.id))}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast outside <ToastProvider>');
  return api;
}
