class CopyLink extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const href = this.dataset.href;
    if (!button || !status || !href) return;
    button.addEventListener('click', async () => {
      const url = new URL(href, location.href).href;
      let message = this.dataset.copied ?? '';
      try {
        await navigator.clipboard.writeText(url);
      } catch {
        // Clipboard access can be refused; putting the link in the address bar still lets the reader copy it.
        history.replaceState(history.state, '', url);
        message = this.dataset.failed ?? '';
      }
      status.textContent = message;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => (status.textContent = ''), 2500);
    });
  }
}

customElements.define('copy-link', CopyLink);
