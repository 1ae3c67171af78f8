/**
 * A small hand-written bilingual thesaurus of the themes world cafés usually discuss (work life,
 * town life, environment, school): each word points to a theme, so that "solar panels" and "heat
 * pumps", or "vélo" and "bike lanes", share something even without a common word. Words are
 * matched whole first, then by stem. A theme the lexicon does not know falls back to the ideas'
 * own words. General knowledge, written theme by theme (not from the test sets): see
 * docs/plenary.md for how it was evaluated on sets written after it.
 */

/** A theme's name in each language, and its words (space-separated; hyphenated words written joined). */
type Theme = { label: { fr: string; en: string }; fr: string; en: string };

export const THEMES: Record<string, Theme> = {
  'remote-work': {
    label: { fr: 'Télétravail et horaires', en: 'Remote work and hours' },
    fr: 'télétravail télétravailler distanciel domicile hybride flexibilité flexible flexibles horaires horaire coworking tierslieu déconnexion déconnecter',
    en: 'remote homeworking teleworking telework hybrid flexible flexibility hours schedule schedules coworking disconnect',
  },
  meetings: {
    label: { fr: 'Réunions', en: 'Meetings' },
    fr: 'réunion réunions visio visioconférence visios ordre compterendu réunionite séance',
    en: 'meeting meetings call calls videoconference agenda minutes standup zoom',
  },
  workspace: {
    label: { fr: 'Locaux', en: 'Workspace' },
    fr: 'bureau bureaux locaux openspace salle salles espace espaces mobilier climatisation chauffage bruit bruyant calme casier casiers étage cafétéria cuisine aménagement',
    en: 'office offices desk desks room rooms workspace furniture airconditioning noise noisy quiet locker lockers floor kitchen layout',
  },
  management: {
    label: { fr: 'Management et reconnaissance', en: 'Management and recognition' },
    fr: 'manager managers management managérial hiérarchie chef chefs responsable encadrement reconnaissance reconnaître merci feedback écoute autonomie confiance entretien entretiens objectifs valoriser valorisation soutien',
    en: 'manager managers management hierarchy boss bosses supervisor leadership recognition recognise recognize thanks feedback listening autonomy trust appraisal appraisals review goals objectives appreciation support',
  },
  'training-careers': {
    label: { fr: 'Formation et carrières', en: 'Training and careers' },
    fr: 'formation formations former formateur compétences compétence carrière carrières mentorat tutorat coaching apprentissage évolution promotion parcours poste postes',
    en: 'training trainings course courses skills skill career careers mentoring mentor tutoring coaching learning apprenticeship promotion progression job jobs',
  },
  health: {
    label: { fr: 'Santé et bien-être', en: 'Health and wellbeing' },
    fr: 'santé bienêtre stress burnout épuisement fatigue sommeil sport yoga gym psychologue psychologique mental ergonomie ergonomique posture médecin soins mutuelle prévention pause détente méditation hôpital infirmier',
    en: 'health wellbeing wellbeing wellness stress burnout exhaustion fatigue sleep sport sports yoga gym psychologist psychological mental ergonomic ergonomics posture doctor doctors care insurance prevention break breaks relax meditation hospital nurse',
  },
  communication: {
    label: { fr: 'Communication', en: 'Communication' },
    fr: 'communication communiquer information informer informé newsletter intranet transparence expliquer mail mails courriel messagerie annonce annonces journal',
    en: 'communication communicate information inform informed newsletter intranet transparency explain email emails mail messages announcement announcements',
  },
  pay: {
    label: { fr: 'Rémunération', en: 'Pay and benefits' },
    fr: 'salaire salaires rémunération prime primes augmentation avantages intéressement ticketrestaurant',
    en: 'salary salaries pay wage wages bonus bonuses raise benefits',
  },
  'team-life': {
    label: { fr: 'Vie d’équipe', en: 'Team life' },
    fr: 'convivialité convivial conviviale afterwork soirée fête séminaire séminaires cohésion pot',
    en: 'afterwork party parties celebration celebrate seminar awayday teambuilding cohesion',
  },
  'digital-tools': {
    label: { fr: 'Outils numériques', en: 'Digital tools' },
    fr: 'outil outils logiciel logiciels ordinateur ordinateurs informatique application applications numérique digital wifi matériel imprimante écran écrans',
    en: 'tool tools software computer computers laptop laptops it application digital wifi equipment printer screen screens online website',
  },
  inclusion: {
    label: { fr: 'Diversité et inclusion', en: 'Diversity and inclusion' },
    fr: 'diversité inclusion égalité parité handicap accessibilité discrimination harcèlement femmes',
    en: 'diversity inclusion equality parity disability accessibility accessible discrimination harassment women',
  },
  onboarding: {
    label: { fr: 'Recrutement et accueil', en: 'Hiring and onboarding' },
    fr: 'recrutement recruter embauche intégration arrivants arrivant accueil accueillir',
    en: 'recruitment recruit hiring onboarding newcomer newcomers welcome induction',
  },
  'cycling-walking': {
    label: { fr: 'Vélo et marche', en: 'Cycling and walking' },
    fr: 'vélo vélos cyclable cyclables cycliste cyclistes piste pistes piéton piétons piétonne marche marcher trottoir trottoirs trottinette',
    en: 'bike bikes bicycle bicycles cycle cycling cyclist cyclists lane lanes pedestrian pedestrians walk walking pavement pavements sidewalk sidewalks scooter',
  },
  'public-transport': {
    label: { fr: 'Transports en commun', en: 'Public transport' },
    fr: 'bus tram tramway métro train trains gare arrêt ticket billet navette transport transports ligne abonnement covoiturage autopartage ferroviaire',
    en: 'bus buses tram metro train trains railway rail station stop ticket tickets shuttle transport transit line pass carpool carpooling commuters commuting',
  },
  cars: {
    label: { fr: 'Voiture et stationnement', en: 'Cars and parking' },
    fr: 'voiture voitures automobile parking stationnement circulation embouteillage embouteillages vitesse routier routière',
    en: 'car cars parking traffic congestion speed driving drivers',
  },
  waste: {
    label: { fr: 'Déchets et réemploi', en: 'Waste and reuse' },
    fr: 'déchet déchets recyclage recycler poubelle poubelles tri compost composteur plastique emballage emballages réparation réparer réemploi occasion consigne gaspillage ressourcerie',
    en: 'waste recycling recycle bin bins sorting compost composting plastic packaging repair reuse secondhand deposit litter rubbish',
  },
  energy: {
    label: { fr: 'Énergie', en: 'Energy' },
    fr: 'énergie énergies énergétique solaire panneau panneaux photovoltaïque isolation isoler chauffage éolienne éoliennes électricité renouvelable renouvelables éclairage consommation chaudière sobriété',
    en: 'energy solar panel panels photovoltaic insulation insulate heating heat wind turbine turbines electricity renewable renewables lighting consumption boiler boilers pump pumps',
  },
  nature: {
    label: { fr: 'Nature et espaces verts', en: 'Nature and green spaces' },
    fr: 'arbre arbres parc parcs jardin jardins vert verts verte espaces fleur fleurs prairie biodiversité rivière forêt pesticide pesticides pelouse nature végétalisation végétaliser haie',
    en: 'tree trees park parks garden gardens green greenery flower flowers wildflower meadow meadows biodiversity river forest pesticide pesticides grass lawn nature wildlife hedge',
  },
  food: {
    label: { fr: 'Alimentation', en: 'Food' },
    fr: 'alimentation nourriture repas cantine cantines bio marché producteur producteurs agriculteur agriculteurs potager légume légumes fruit fruits végétarien végétarienne circuit restaurant manger déjeuner',
    en: 'food meal meals canteen canteens organic market markets farmer farmers vegetable vegetables fruit fruits vegetarian restaurant eat eating lunch',
  },
  housing: {
    label: { fr: 'Logement', en: 'Housing' },
    fr: 'logement logements loyer loyers appartement appartements immeuble habitat hlm',
    en: 'housing home homes house houses rent rents flat flats apartment apartments',
  },
  participation: {
    label: { fr: 'Participation citoyenne', en: 'Citizen participation' },
    fr: 'citoyen citoyens citoyenne participation participatif participative consultation vote assemblée conseil concertation habitants démocratie débat',
    en: 'citizen citizens participation participatory consultation vote voting assembly council residents democracy debate',
  },
  education: {
    label: { fr: 'Éducation', en: 'Education' },
    fr: 'école écoles élève élèves étudiant étudiants enseignant enseignants professeur professeurs classe classes leçon éducation sensibilisation sensibiliser jeunes enfants collège lycée université',
    en: 'school schools pupil pupils student students teacher teachers class classes lesson lessons education awareness young youth children kids university',
  },
  culture: {
    label: { fr: 'Culture et loisirs', en: 'Culture and leisure' },
    fr: 'culture culturel culturelle festival concert concerts musée bibliothèque théâtre loisirs association associations événement événements',
    en: 'culture cultural festival concert concerts museum library theatre leisure club clubs event events',
  },
  safety: {
    label: { fr: 'Sécurité', en: 'Safety' },
    fr: 'sécurité sécuriser sécurisé sécurisée police vol vols danger dangereux accident accidents',
    en: 'safety safe security secure police theft crime danger dangerous accident accidents',
  },
  'local-economy': {
    label: { fr: 'Commerce et emploi local', en: 'Local business and jobs' },
    fr: 'commerce commerces commerçant commerçants boutique boutiques entreprise entreprises emploi économie artisan artisans',
    en: 'shop shops shopkeeper business businesses employment economy economic craftsman',
  },
  climate: {
    label: { fr: 'Climat', en: 'Climate' },
    fr: 'climat climatique carbone émissions co2 empreinte réchauffement',
    en: 'climate carbon emissions co2 footprint warming greenhouse',
  },
  cleanliness: {
    label: { fr: 'Propreté', en: 'Cleanliness' },
    fr: 'propreté propre propres sale sales saleté nettoyage nettoyer ordures encombrants dépôts tags graffitis crottes déjections balayage mégots',
    en: 'cleanliness clean cleaning dirty graffiti flytipping dumping sweeping sweep mess',
  },
  solidarity: {
    label: { fr: 'Solidarité et entraide', en: 'Solidarity and mutual aid' },
    fr: 'solidarité solidaire solidaires entraide entraider isolement isolés isolées âgées âgés aînés seniors voisins voisin voisinage bénévole bénévoles bénévolat visite visites',
    en: 'solidarity mutual isolated lonely loneliness elderly seniors older neighbours neighbour neighbourly volunteer volunteers volunteering befriending',
  },
  'youth-sport': {
    label: { fr: 'Jeunesse, sport et loisirs', en: 'Youth, sport and leisure' },
    fr: 'jeunes jeunesse ados adolescents animateur animateurs animation gymnase stade terrain skatepark foot football piscine vacances colonie',
    en: 'youth teenagers teens playground pitch football pool swimming holidays skatepark gym',
  },
  families: {
    label: { fr: 'Familles', en: 'Families' },
    fr: 'parents parent familles famille familial crèche crèches garde poussette poussettes',
    en: 'parents parent families family childcare nursery carers',
  },
  'workload-admin': {
    label: { fr: 'Charge de travail et procédures', en: 'Workload and red tape' },
    fr: 'charge surcharge délais délai urgence urgences rythme tâches priorités priorité administratif administratives paperasse procédure procédures simplifier simplification formulaire formulaires reporting validation validations',
    en: 'workload overload deadlines deadline pressure pace overtime tasks priorities paperwork admin bureaucracy reports reporting process processes procedure procedures simplify approval approvals forms',
  },
  behaviour: {
    label: { fr: 'Respect et comportements', en: 'Respect and behaviour' },
    fr: 'respect respecter comportement comportements incivilités incivilité conflit conflits violence violences règles règlement sanctions sanction discipline bienveillance',
    en: 'behaviour behavior respect conflict conflicts rules rule discipline bullying violence kindness detention detentions exclusion',
  },
  buildings: {
    label: { fr: 'Bâtiments et entretien', en: 'Buildings and upkeep' },
    fr: 'bâtiment bâtiments travaux rénovation rénover toit toiture toilettes sanitaires fuite fuites peinture repeindre',
    en: 'building buildings maintenance renovation renovate roof toilets leak leaks leaking paint repaint repairs facilities corridors',
  },
  'public-space': {
    label: { fr: 'Espace public', en: 'Public space' },
    fr: 'banc bancs ombre ombrage ombrages fontaine fontaines jeux aire square place places placette béton',
    en: 'bench benches shade seating square squares fountain fountains playground concrete',
  },
  customers: {
    label: { fr: 'Clients et usagers', en: 'Customers and users' },
    fr: 'client clients clientèle usager usagers satisfaction réclamation réclamations',
    en: 'customer customers client clients user users satisfaction complaint complaints',
  },
  decisions: {
    label: { fr: 'Décisions et stratégie', en: 'Decisions and strategy' },
    fr: 'décision décisions décider gouvernance stratégie stratégique vision direction',
    en: 'decision decisions decide governance strategy strategic vision direction',
  },
};
