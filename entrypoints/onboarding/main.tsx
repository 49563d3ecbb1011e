import { mountPage } from '@/components/mount-page';
import { Onboarding } from '@/components/onboarding/Onboarding';

mountPage(() => <Onboarding />);
