import { HomeView } from './_components/home-view';

export default function HomePage() {
  return <HomeView />;
}
