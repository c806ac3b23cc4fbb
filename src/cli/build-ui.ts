import { Command } from 'commander';
import { bundleUi } from '../explore/bundle-ui';
import { UI_BUILD_DIR, writeUiAssets } from '../explore/ui-assets';
import { runCommand } from './run-command';

new Command('build:ui')
  .description(
    `Bundle the GraphQL IDE and the graph view (from npm packages, with esbuild) into ${UI_BUILD_DIR}, ` +
      'for an install without the sources such as the Docker image. From a clone, the API bundles them itself.',
  )
  .parse();

runCommand(async () => {
  const assets = await bundleUi();
  await writeUiAssets(assets);
  process.stdout.write(`Built ${assets.size} files into ${UI_BUILD_DIR}\n`);
});
