/** A Map-backed Storage, so store modules can be tested without a browser. */
export function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

/** What a browser with blocked site data does: throw on the first touch of localStorage. */
export function throwingStorage(): Storage {
  throw new DOMException('The operation is insecure.', 'SecurityError');
}

/** What a full browser storage does: reads still work, every write throws. Returns `storage`. */
export function fillUp(storage: Storage): Storage {
  storage.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return storage;
}
