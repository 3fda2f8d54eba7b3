import { renderGraphiqlPage } from './graphiql.page';

describe('renderGraphiqlPage', () => {
  it('loads React, ReactDOM and GraphiQL from the assets path, with the package version as cache buster', () => {
    const html = renderGraphiqlPage({ endpoint: '/graphql', assetsPath: '/tools/gql/' });

    expect(html).toMatch(/<script src="\/tools\/gql\/react\.production\.min\.js\?v=18\.[^"]+"><\/script>/);
    expect(html).toMatch(/<script src="\/tools\/gql\/react-dom\.production\.min\.js\?v=18\.[^"]+"><\/script>/);
    expect(html).toMatch(/<script src="\/tools\/gql\/graphiql\.min\.js\?v=4\.[^"]+"><\/script>/);
    expect(html).toMatch(/<link rel="stylesheet" href="\/tools\/gql\/graphiql\.min\.css\?v=4\.[^"]+" \/>/);
    expect(html).toMatch(/<script src="\/tools\/gql\/graphql-ws\.min\.js\?v=6\.[^"]+"><\/script>/);
  });

  it('runs subscriptions over graphql-ws on the endpoint, presenting the key in connectionParams', () => {
    const html = renderGraphiqlPage({ endpoint: '/graphql' });

    expect(html).toContain('graphqlWs.createClient(');
    expect(html).toContain("href.replace(/^http/, 'ws')");
    expect(html).toContain("return key ? { Authorization: 'Bearer ' + key } : {};");
    expect(html).toContain('wsClient: wsClient');
  });

  it('opens the example tabs after the default query when the browser has no saved tabs', () => {
    const html = renderGraphiqlPage({ endpoint: '/graphql', defaultQuery: '{ a }', exampleTabs: [{ query: 'query B { b }' }] });

    const config = /<script id="graphiql-config" type="application\/json">(.*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(config ?? 'null')).toEqual({ endpoint: '/graphql', defaultQuery: '{ a }', exampleTabs: [{ query: 'query B { b }' }] });
    expect(html).toContain('props.defaultTabs = ');
  });

  it('cannot be broken out of by a title or a default query', () => {
    const html = renderGraphiqlPage({
      endpoint: '/graphql',
      title: '</title><script>alert(1)</script>',
      defaultQuery: '# </script><script>alert(2)</script>\n{ ping }',
    });

    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    const config = /<script id="graphiql-config" type="application\/json">(.*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(config ?? 'null')).toEqual({
      endpoint: '/graphql',
      defaultQuery: '# </script><script>alert(2)</script>\n{ ping }',
    });
  });

  it('sends the key from the link fragment or the key field as a Bearer header, and keeps it out of the address bar', () => {
    const html = renderGraphiqlPage({ endpoint: '/graphql' });

    expect(html).toContain('<form id="graphiql-key"');
    expect(html).toMatch(/key=\(\[\^&\]\+\)/);
    expect(html).toContain("headers.Authorization = 'Bearer ' + key");
    expect(html).toContain('history.replaceState');
    expect(html).toContain('sessionStorage.setItem');
  });
});
