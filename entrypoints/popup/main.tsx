import { mountPage } from '@/components/mount-page';
import { Popup } from '@/components/popup/Popup';

mountPage(() => <Popup />);
