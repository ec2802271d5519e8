import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { tlsProtocolsConfig } from '../../src/checks/tls-protocols-config.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { runCase } from '../helpers/check-tester.js';

// QA stop 41 iac9 D2: a CloudFormation/CDK ECS image written with `Fn::Join`/`Fn::Sub` (`!Join`/`!Sub`) is judged by its literal
// text, the parts CloudFormation computes unknown; one with no literal text is named in the skip reason, never "no … image".
// D6: a Serverless Framework serverless.yml's `resources.Resources` is raw CloudFormation, read as a template.

const run = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return {
    failures: out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`),
    notes: out.findings.filter((f) => f.note).map((f) => `${f.file}:${f.line} ${f.message}`),
    skipped: out.skipped,
  };
};

/** A CDK-synthesized template (`cdk.out/`) with one task definition whose containers have these `Image` values. */
const cdkTemplate = (...images: unknown[]) => JSON.stringify({
  Resources: {
    TaskDef54694570: {
      Type: 'AWS::ECS::TaskDefinition',
      Properties: { Family: 'WebStackTaskDef', ContainerDefinitions: images.map((Image, i) => ({ Essential: true, Image, Memory: 512, Name: `c${i}` })) },
    },
  },
}, null, 1);

// What CDK writes for `ecs.ContainerImage.fromEcrRepository(repo)` (tag defaults to 'latest').
const ecrJoin = (tag: string) => ({
  'Fn::Join': ['', [
    { 'Fn::Select': [4, { 'Fn::Split': [':', { 'Fn::GetAtt': ['Repo02AC86CF', 'Arn'] }] }] }, '.dkr.ecr.',
    { 'Fn::Select': [3, { 'Fn::Split': [':', { 'Fn::GetAtt': ['Repo02AC86CF', 'Arn'] }] }] }, '.', { Ref: 'AWS::URLSuffix' }, '/', { Ref: 'Repo02AC86CF' }, `:${tag}`,
  ]],
});

describe('CloudFormation images written with intrinsic functions (D2)', () => {
  it('CDK fromEcrRepository (Fn::Join ending in :latest) and an Fn::Sub ending in :latest fail, at the Image value', async () => {
    const r = await run(imageTagPinned, { 'cdk.out/WebStack.template.json': cdkTemplate(ecrJoin('latest'), { 'Fn::Sub': '${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/worker:latest' }) });
    expect(r.failures).toEqual([
      "cdk.out/WebStack.template.json:10:16 WebStack.template.json TaskDef54694570 container 'c0' image ${Fn::Select}.dkr.ecr.${Fn::Select}.${AWS::URLSuffix}/${Repo02AC86CF}:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
      "cdk.out/WebStack.template.json:64:16 WebStack.template.json TaskDef54694570 container 'c1' image ${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/worker:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
  });

  it('a pinned tag written out passes (fromEcrRepository(repo, tag), fromAsset\'s hash tag)', async () => {
    const asset = { 'Fn::Sub': '${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/cdk-hnb659fds-container-assets-${AWS::AccountId}-${AWS::Region}:3f0a1c2b4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8' };
    const r = await run(imageTagPinned, { 'cdk.out/WebStack.template.json': cdkTemplate(ecrJoin('1.4.2'), asset) });
    expect(r).toEqual({ failures: [], notes: [], skipped: undefined });
  });

  it('YAML short forms: !Join and !Sub (with a variable map) are rendered; a literal repository without a tag fails as untagged', async () => {
    const yaml = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  TaskDef:',
      '    Type: AWS::ECS::TaskDefinition',
      '    Properties:',
      '      ContainerDefinitions:',
      '        - Name: web',
      '          Image: !Join ["", [!Ref "AWS::AccountId", ".dkr.ecr.", !Ref "AWS::Region", ".amazonaws.com/web:latest"]]',
      '        - Name: api',
      '          Image: !Sub',
      '            - "${Repo}:latest"',
      '            - Repo: !GetAtt ApiRepo.RepositoryUri',
      '        - Name: jobs',
      '          Image: !Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/jobs"',
      '        - Name: pinned',
      '          Image: !Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/pinned:2.1.0"',
    ].join('\n');
    const r = await run(imageTagPinned, { 'template.yaml': yaml });
    expect(r.failures).toEqual([
      "template.yaml:8:24 template.yaml TaskDef container 'web' image ${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
      "template.yaml:11:13 template.yaml TaskDef container 'api' image ${ApiRepo.RepositoryUri}:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
      "template.yaml:14:23 template.yaml TaskDef container 'jobs' image ${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/jobs has no tag, so it pulls 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
    expect(r.notes).toEqual([]);
  });

  it('a tag CloudFormation computes is an unverifiable note; a development template gives notes', async () => {
    const computed = await run(imageTagPinned, { 'template.yaml': ['Resources:', '  T:', '    Type: AWS::ECS::TaskDefinition', '    Properties:', '      ContainerDefinitions:', '        - Name: web', '          Image: !Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:${ImageTag}"', '        - Name: api', '          Image: !Sub "${Repo}:${ImageTag}"'].join('\n') });
    expect(computed).toEqual({ failures: [], notes: [
      "template.yaml:7 template.yaml T container 'web' image ${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:${ImageTag} is unverifiable: its tag is computed by CloudFormation (${AWS::AccountId}, ${AWS::Region}, ${ImageTag}); make sure the value deployed is a pinned version or digest",
      "template.yaml:9 template.yaml T container 'api' image ${Repo}:${ImageTag} is unverifiable: its image reference is computed by CloudFormation (${Repo}, ${ImageTag}); make sure the value deployed is a pinned version or digest",
    ], skipped: undefined });
    const dev = await run(imageTagPinned, { 'stacks/dev/web.template.json': cdkTemplate(ecrJoin('latest')) });
    expect(dev.failures).toEqual([]);
    expect(dev.notes).toHaveLength(1);
  });

  it('an image with no literal text (!Ref, !GetAtt) is not judged, and the skip reason says it is computed, not that there is no image', async () => {
    const yaml = ['Resources:', '  T:', '    Type: AWS::ECS::TaskDefinition', '    Properties:', '      ContainerDefinitions:', '        - Name: web', '          Image: !Ref ImageUri', '        - Name: api', '          Image: !GetAtt Repo.RepositoryUri'].join('\n');
    const r = await run(imageTagPinned, { 'template.yaml': yaml });
    expect(r.failures).toEqual([]);
    expect(r.notes).toEqual([]);
    expect(r.skipped).toBe("no Dockerfile FROM, compose image or Kubernetes container image; the images of 2 containers are computed by CloudFormation (`!Ref`, `Fn::GetAtt`, `Fn::ImportValue`…), not judged: template.yaml T container 'web', template.yaml T container 'api'");
  });

  it('other intrinsic values in a task definition are still references, not literals (environment)', async () => {
    const yaml = ['Resources:', '  T:', '    Type: AWS::ECS::TaskDefinition', '    Properties:', '      ContainerDefinitions:', '        - Name: web', '          Image: nginx:1.27', '          Environment:', '            - Name: DB_PASSWORD', '              Value: !Sub "${Password}"'].join('\n');
    expect((await run(defaultCredentials, { 'template.yaml': yaml })).failures).toEqual([]);
  });
});

describe('a serverless.yml\'s resources.Resources is read as CloudFormation (D6)', () => {
  const sls = [
    'service: orders-api',
    'provider:',
    '  name: aws',
    '  runtime: python3.12',
    'functions:',
    '  api:',
    '    handler: app.handler',
    'resources:',
    '  Resources:',
    '    ApiDomain:',
    '      Type: AWS::ApiGateway::DomainName',
    '      Properties:',
    '        DomainName: api.example.com',
    '        SecurityPolicy: TLS_1_0',
    '    Listener:',
    '      Type: AWS::ElasticLoadBalancingV2::Listener',
    '      Properties:',
    '        Port: 443',
    '        SslPolicy: ${self:custom.sslPolicy}',
    '    Listener2:',
    '      Type: AWS::ElasticLoadBalancingV2::Listener',
    '      Properties:',
    '        Port: 443',
    '        SslPolicy: ELBSecurityPolicy-2016-08',
    '        LoadBalancerArn: !Ref LB',
    '    TaskDef:',
    '      Type: AWS::ECS::TaskDefinition',
    '      Properties:',
    '        ContainerDefinitions:',
    '          - Name: web',
    '            Image: !Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:latest"',
  ].join('\n');

  it('tls-protocols-config judges its load balancers and API domains, at their values; a Serverless variable is not judged', async () => {
    expect((await run(tlsProtocolsConfig, { 'serverless.yml': sls })).failures).toEqual([
      "serverless.yml:14:25 API Gateway domain name 'ApiDomain' SecurityPolicy TLS_1_0 allows TLSv1, TLSv1.1; require TLS 1.2 or later",
      "serverless.yml:24:20 CloudFormation listener 'Listener2' SslPolicy ELBSecurityPolicy-2016-08 allows TLSv1, TLSv1.1; require TLS 1.2 or later",
    ]);
  });

  it('image-tag-pinned judges its task definitions', async () => {
    expect((await run(imageTagPinned, { 'serverless.yml': sls })).failures).toEqual([
      "serverless.yml:31:25 serverless.yml TaskDef container 'web' image ${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
  });

  it('the same keys at the top level of another YAML file are no template (only a serverless.yml has resources.Resources)', async () => {
    expect((await run(tlsProtocolsConfig, { 'config/app.yml': sls })).failures).toEqual([]);
  });
});
