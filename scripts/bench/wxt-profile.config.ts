// The build that CPU profiles read (scripts/bench/profile-ordinary.mjs, profile-show.mjs): the same
// extension, built with SPOILER_SHIELD_NO_MINIFY=1 so that function names survive, with source maps (so
// that a profile's lines map back to their modules), into .output/profile/ so that the shipped build in
// .output/chrome-mv3 (which the bench and the browser tests load) stays as it is.
//   SPOILER_SHIELD_NO_MINIFY=1 wxt build -c scripts/bench/wxt-profile.config.ts
import config from '../../wxt.config';

type ViteConfig = (env: unknown) => { build?: Record<string, unknown> } & Record<string, unknown>;
const vite = config.vite as ViteConfig;

export default {
  ...config,
  outDir: '.output/profile',
  vite: (env: unknown) => {
    const v = vite(env);
    return { ...v, build: { ...v.build, sourcemap: true } };
  },
};
