import { mountPage } from '@/components/mount-page';
import { Options } from '@/components/options/Options';

mountPage(() => <Options />);
