import { mountPage } from '@/components/mount-page';
import { Dashboard } from '@/components/sla/Dashboard';

mountPage(() => <Dashboard />);
