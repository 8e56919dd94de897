// Cytoscape with the two layout extensions this client uses, registered once per page.
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);
cytoscape.use(dagre);

export { cytoscape };
