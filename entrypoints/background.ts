export default defineBackground(() => {
  // The analyzer and settings live here; filled in by the compose-watcher work.
});
