import { htmlNestingDepth } from './html-nesting-depth';

describe('htmlNestingDepth', () => {
  it('counts open elements, closing those left open inside an end tag', () => {
    expect(htmlNestingDepth('<html><body><div><section><span>a</span></section></div></body></html>')).toBe(5);
    expect(htmlNestingDepth('<div><div><b>unclosed</div></div><div>x</div>')).toBe(3);
  });

  it('does not count void elements, paragraphs left open, comments or script text', () => {
    const sloppy =
      '<body>' + '<p>one<br><img src=x>'.repeat(500) + '<!-- <div><div> --><script>"<div>"</script></body>';
    expect(htmlNestingDepth(sloppy)).toBe(1);
  });

  it('ignores end tags with nothing of their name open', () => {
    expect(htmlNestingDepth('</span></span><div><em>a</em></div>')).toBe(2);
  });
});
