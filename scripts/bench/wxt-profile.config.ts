// The build that CPU profiles read (scripts/bench/profile-ordinary.mjs): the same extension, built
// with SPOILER_SHIELD_NO_MINIFY=1 so that function names survive, into .output/profile/ so that the
// shipped build in .output/chrome-mv3 (which the bench and the browser tests load) stays as it is.
//   SPOILER_SHIELD_NO_MINIFY=1 wxt build -c scripts/bench/wxt-profile.config.ts
import config from '../../wxt.config';

export default { ...config, outDir: '.output/profile' };
