// Corroborate's pages work without this file. It opens the folded section a link points into, and
// "/" moves the focus to the search box.
(() => {
  const openTarget = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    for (let node = target; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS') node.open = true;
    }
    target.scrollIntoView();
  };
  addEventListener('hashchange', openTarget);
  openTarget();
  addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const active = document.activeElement;
    if (active && (active.tagName === 'INPUT' || active.tagName === 'TEXTAREA' || active.isContentEditable)) {
      return;
    }
    const search = document.getElementById('q');
    if (search) {
      event.preventDefault();
      search.focus();
    }
  });
})();
