/**
 * Words that say nothing of an idea's subject: articles, pronouns, prepositions, auxiliaries, and
 * the few verbs every idea uses to propose something ("mettre en place", "set up"). Lower case,
 * with accents. Hand-written, after the Snowball lists, trimmed to what short ideas contain.
 */

export const STOP_WORDS_FR: ReadonlySet<string> = new Set(
  `a à afin ai aie ainsi alors après as assez au aucun aucune aujourd aujourdhui auprès aura aurait aussi autant autre autres aux avant avec avez avoir avons ayant
  beaucoup bien c ça car ce ceci cela celle celles celui cependant certain certaines certains ces cet cette ceux chacun chaque chez ci comme comment contre
  d dans de depuis des dès doit doivent donc dont du elle elles en encore entre es est et étaient était été être eu eux fait faire faut fois font
  ici il ils j je jusqu l la là le les leur leurs lors lorsque lui m ma mais me même mêmes mes moi moins mon n ne ni nos notre nous on ont ou où
  par parce pas pendant peu peut peuvent plus plusieurs pour pourquoi pourrait pouvoir puis qu quand que quel quelle quelles quels qui quoi s sa sans se selon
  ses si sien soi soit son sont sous souvent sur t ta tant te tel telle tes toi ton tous tout toute toutes très trop tu un une vers via voir vos votre vous vraiment y
  mettre mise place créer améliorer développer favoriser permettre proposer organiser prévoir possible besoin avoir faire aussi davantage
  chose choses idée idées`.split(/\s+/),
);

export const STOP_WORDS_EN: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can could
  did do does doing down during each either every few for from further had has have having he her here hers him his how i if in into is it its itself
  just me more most much must my no nor not now of off on once one only or other our ours out over own per same she should so some such than that the their
  theirs them then there these they this those through to too under until up us very was we were what when where which while who whom why will with within
  without would you your yours anyone everyone instead etc
  make making set use using get getting give have start create improve provide allow ensure help better more new
  idea ideas thing things`.split(/\s+/),
);
