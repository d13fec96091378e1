import { defineConfig } from 'wxt';

// Second Look: least permissions. `storage` for settings; no host permissions beyond the
// content-script matches; other sites (Mastodon instances, sites the person enables) are
// requested at run time as optional host permissions.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    optional_host_permissions: ['https://*/*'],
  },
});
